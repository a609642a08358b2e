"""Python source that, run first in a child interpreter, makes every network path fail.

Each attempt is recorded in the file named by ``$NETWORK_MARKER`` and raises, so a test
can assert both that the work succeeded and that nothing tried to go online.
"""

from __future__ import annotations

import textwrap

NETWORK_TRAPS = textwrap.dedent(
    """
    import json, os, socket, sys, urllib.request

    MARKER = os.environ["NETWORK_MARKER"]

    def trap(name):
        def blocked(*args, **kwargs):
            with open(MARKER, "a", encoding="utf-8") as marker:
                marker.write(name + "\\n")
            raise RuntimeError("NETWORK ATTEMPT: " + name)
        return blocked

    socket.socket.connect = trap("socket.socket.connect")
    socket.socket.connect_ex = trap("socket.socket.connect_ex")
    socket.getaddrinfo = trap("socket.getaddrinfo")
    socket.create_connection = trap("socket.create_connection")
    urllib.request.urlopen = trap("urllib.request.urlopen")
    import nltk
    nltk.download = trap("nltk.download")
    """
)
