"""Refuse private addresses where it counts: on the addresses a host *resolves to*, right before connecting.

A URL's host name says nothing about where it leads (``internal.example.com`` can resolve to
``10.0.0.5``, and a DNS answer can change between a check and the connection). So the check sits
in the connection itself: the host is resolved once, every address is checked, and the socket is
opened to one of exactly those addresses. TLS still verifies the certificate against the host
name (httpcore passes the URL's host as the server name). Every redirect hop and every
``robots.txt`` goes through the same connection code, so none of them can reach a private service.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import httpcore
import httpx
from httpcore._backends.base import SOCKET_OPTION  # the type httpcore's own signature uses

Resolver = Callable[[str, int], list[str]]


class BlockedAddressError(Exception):
    """The host resolves to an address outside the public internet."""

    def __init__(self, host: str, address: str) -> None:
        self.host = host
        self.address = address
        where = host if host == address else f"{host} resolves to {address}, which"
        super().__init__(f"{where} is a private, loopback, link-local or reserved address")


class UnresolvableError(Exception):
    """The host name does not resolve."""


def system_resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnresolvableError(host) from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """Whether ``address`` is a global unicast address (not private, loopback, link-local, multicast, reserved)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """Which addresses may be connected to; ``resolve`` and ``public`` can be swapped (the tests use that)."""

    allow_private: bool = False
    resolve: Resolver = field(default=system_resolve, compare=False)
    public: Callable[[str], bool] = field(default=is_public, compare=False)

    def addresses(self, host: str, port: int) -> list[str]:
        """The checked addresses to connect to; raises BlockedAddressError if *any* of them is not allowed.

        One private address among public ones is refused too: which one a client picks is not
        something a feed's author should be able to steer.
        """
        found = self.resolve(host, port)
        if not found:
            raise UnresolvableError(host)
        if not self.allow_private:
            for address in found:
                if not self.public(address):
                    raise BlockedAddressError(host, address)
        return found


class _GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to addresses the policy checked."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.policy.addresses(host, port):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None  # addresses() never returns an empty list
        raise last


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over the guarded backend; proxies from the environment are not used
    (a proxy would make the connection, and the check could not see where it goes)."""

    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__(trust_env=False)
        # httpx 0.29 has no public hook for the network backend; its pool is rebuilt with one.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=1,  # the client makes one request at a time
            network_backend=_GuardedBackend(policy),
        )
