"""Bylines of a list of posts, and an avatar's alt text glued to a name (issue 16): our own short examples."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Metadata, Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_people import BODY, BODY2, KB, TITLE


def _page(*lines: tuple[str, Role]) -> Metadata:
    return extract_metadata(cleaned_lines(*lines), KB)


def test_an_avatars_alt_text_glued_to_the_name_is_not_part_of_it() -> None:
    got = _page((TITLE, Role.TITLE), ("AvatarAvatarLena Vogt8. Februar 2024", Role.META), (BODY, Role.BODY),
                (BODY2, Role.BODY))
    assert got.authors == ("Lena Vogt",)
    got = _page((TITLE, Role.TITLE), ("GravatarTom Berger 8 February 2024", Role.META), (BODY, Role.BODY))
    assert got.authors == ("Tom Berger",)


def test_a_name_that_is_only_avatar_like_is_kept_whole() -> None:
    got = _page((TITLE, Role.TITLE), ("Von Lena Avatarova, 8. Februar 2024", Role.META), (BODY, Role.BODY))
    assert got.authors == ("Lena Avatarova",)


def test_date_lines_of_a_list_of_posts_name_no_author_of_this_one() -> None:
    posts = [("Lena Vogt 8. Februar 2024", Role.META), ("Tom Berger 3. März 2023", Role.META),
             ("Ana Ruiz 1. April 2022", Role.META)]
    got = _page((TITLE, Role.TITLE), (BODY, Role.BODY), *posts, (BODY2, Role.BODY))
    assert got.authors == ("Lena Vogt",)  # the entry nearest the headline may be the article's own


def test_one_date_line_under_the_headline_still_names_the_author() -> None:
    got = _page((TITLE, Role.TITLE), (BODY, Role.BODY), ("Lena Vogt 8. Februar 2024", Role.META), (BODY2, Role.BODY))
    assert got.authors == ("Lena Vogt",)
