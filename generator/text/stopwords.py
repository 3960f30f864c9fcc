"""Small stopword lists used to tell running prose from page chrome."""

from __future__ import annotations

_LISTS = {
    "en": """a about above after again against all also am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from further
        had has have having he her here hers herself him himself his how i if in into is it its itself just
        me more most my myself no nor not now of off on once only or other our ours out over own same she
        should so some such than that the their theirs them themselves then there these they this those
        through to too under until up very was we were what when where which while who whom why will with
        would you your yours said says according""",
    "fr": """au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur lui ma mais me
        même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi
        ton tu un une vos votre vous est sont été être avait ont a fait comme plus aussi dont selon""",
    "de": """aber als am an auch auf aus bei bin bis da damit dass das dem den der des die doch dort du
        durch ein eine einem einen einer eines er es für hat hatte hier ich ihr im in ist ja kann kein mit
        nach nicht noch nur oder sich sie sind so über um und uns von vor war was wenn werden wie wir wird
        wurde zu zum zur""",
    "es": """al como con de del desde donde el ella ellos en entre era es esta este esto fue ha han hay
        la las le les lo los más me mi muy no nos o para pero por que se ser si sin sobre son su sus también
        un una y ya según""",
    "it": """il lo la i gli le di da in con su per tra fra un una uno e ed che non è sono del della dei
        delle nel nella al alla come anche più ma se ha hanno""",
    "pt": """o a os as de do da dos das em no na nos nas um uma e que não é com por para se mais como mas
        foi ao ele ela seu sua são também""",
    "nl": """de het een en van in is dat op te zijn met voor niet aan er om ook als bij of door maar naar
        dan nog wel uit tot""",
    "ru": """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
        мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или быть был него до вас
        нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их
        чем была сам чтобы без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
        при это также который которые которая его их""",
    "ar": """في من على إلى الى أن ان عن مع هذا هذه التي الذي كان كانت قد لا ما و أو او ثم بين كل بعد قبل
        حتى إن هو هي لم لن وقد وفي ومن وهو التى الذى عند""",
    "tr": """ve bir bu da de için ile olarak gibi daha çok en ama ancak olan ise""",
    # Polish function words; short ones that are also common names or English words (ma, im, go, ten,
    # bo, ta, te, mi, tu, co) are left out, since the authors' and signature checks read this list too.
    "pl": """w z i a o na do nie się że jest to od po za przez przy dla oraz jak już tak tylko także też
        jego jej ich które który która było była był były będzie może są czy ale aby żeby gdy kiedy gdzie
        jednak jeszcze więc bardzo tym tego tej ze we pod nad przed między bez według""",
}

STOPWORDS: frozenset[str] = frozenset(w for text in _LISTS.values() for w in text.split())

# More function words (pronouns, auxiliaries, common adverbs) that say nothing of what an article is about:
# kept out of its content terms (``article.signature``), so three first-person blog posts share no "theme"
# of "mich, mir". Apart from ``STOPWORDS`` because the cleaner's line features count that list.
_MORE = {
    "de": """mich mir dich dir ihn ihm ihnen euch mein meine meinem meinen meiner meines dein deine sein seine
        seinem seinen seiner seines ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer euer eure
        jetzt immer schon sehr mehr viel viele einfach wieder dann denn also etwas alles alle allem allen
        diese dieser dieses diesem diesen jede jeder jedes habe haben hast habt bist seid sein wäre waren wären
        worden würde würden könnte können konnte muss müssen musste soll sollen wollen wollte mal ganz
        gibt gab geht ging gerade heute eigentlich selbst wirklich vielleicht""",
    "fr": """mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs moi toi lui elle nous vous eux elles
        cela ça ceci celui celle ceux celles tout tous toute toutes très bien encore déjà aussi alors donc
        ai as avons avez avaient était étaient sera seront serait suis es sommes êtes fais faire peut peuvent
        doit doivent""",
    "es": """yo tú él nosotros vosotros ellas mí ti me te nos os mis tus sus nuestro nuestra nuestros nuestras
        este esta estos estas ese esa esos esas aquel aquella muy todo todos toda todas ya aún también
        he has hemos habéis había habían está están estaba estaban estoy estamos sido será serán sería
        puede pueden hace hacer""",
    "it": """io tu lui lei noi voi loro mi ti ci vi si mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro
        nostra nostri nostre questo questa questi queste quello quella quelli quelle molto tutto tutti tutta
        tutte già ancora anche ho hai abbiamo avete era erano sarà sarebbe stato stata sono può possono""",
    "pt": """eu tu nós vós eles elas me te lhe nos vos lhes meu minha meus minhas teu tua seus suas nosso nossa
        nossos nossas este esta estes estas esse essa esses essas isso isto aquele aquela muito todo todos
        toda todas já ainda também tenho tem temos têm tinha estava estão está sido será seria pode podem""",
    "nl": """ik jij je hij zij ze wij we jullie mij me mijn jouw zijn haar ons onze hun deze dit die wat
        veel meer nu al nog ook heb hebt heeft hebben had was waren wordt worden kan kunnen moet""",
}
TERM_STOPWORDS: frozenset[str] = STOPWORDS | frozenset(w for text in _MORE.values() for w in text.split())
