"""The fault barrier: per-file work in worker processes, each file under a time and a memory bound.

One odd file must never stop, crash or hang a build (issue 13). Python cannot stop a regular
expression or a C parser from inside, and a C parser can crash its process, so every uncached
input is processed in a worker process (``multiprocessing`` with fork: the workers start with
the build's loaded code and knowledge, in milliseconds):

- a file that uses more than ``CPU_BUDGET`` seconds of CPU (``RLIMIT_CPU``), or is still running
  after ``WALL_BUDGET`` seconds, has its worker killed and replaced; the file is skipped with
  the reason, and the skip is cached like any result, so the next build does not spend the time
  again until the file changes;
- every worker limits its address space (``RLIMIT_AS``) to its size at start plus
  ``MEMORY_BUDGET``, so a file that needs more raises ``MemoryError`` instead of exhausting the
  machine;
- any exception (``MemoryError`` and ``RecursionError`` included) becomes a skip naming the file
  and the exception type, never a traceback; a worker that dies (a crash in C code) skips its
  file and is replaced.

Workers end with the build: each asks the kernel for SIGKILL when its parent dies
(``PR_SET_PDEATHSIG`` on Linux, so even ``kill -9`` of the build ends them) and exits at end of
file on its task pipe. Results come back in input order, so the build stays deterministic.
Without ``fork`` (Windows) files are processed in the build's process behind the exception
barrier only.
"""

from generator.workers.budgets import CPU_BUDGET, MEMORY_BUDGET, WALL_BUDGET, Task, failure, guarded
from generator.workers.pool import Workers

__all__ = ["CPU_BUDGET", "MEMORY_BUDGET", "WALL_BUDGET", "Task", "Workers", "failure", "guarded"]
