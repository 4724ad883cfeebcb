#!/usr/bin/env python3
"""A real HTTP/1.1 server for rasd's tests (Python standard library only, threaded).

Start:  python3 testserver.py [--port 0] [--bind 127.0.0.1] [--root DIR] [--tls] [--exit-on-stdin-eof]
The first line on stdout is the port it listens on (useful with --port 0). The server exits when
its stdin reaches end-of-file when started with --exit-on-stdin-eof (so a test process that dies
takes its server with it), on SIGTERM, or on SIGINT.

--tls serves HTTPS with the self-signed certificate in tls/ beside this script (CN and SAN
127.0.0.1/localhost; a test-only key, never trust it anywhere).

Static files (--root DIR)
  GET /files/<path>        the file DIR/<path>, with a strong ETag (hash of the bytes) and
                           Last-Modified (mtime); 304 to a matching If-None-Match or an
                           If-Modified-Since not older than the file. Files may change between
                           requests (tests rewrite them between poll cycles).
                           ?gzip=1 sends it gzip-encoded (Content-Encoding: gzip).

Scripted endpoints (query parameters in brackets)
  GET /feed                small RSS document; ETag "v1" and a fixed Last-Modified; 304 to
                           matching validators. [etag=, lastmod=, maxage= (Cache-Control)]
  GET /gzip                gzip-encoded RSS document (Content-Encoding: gzip). [chunked=1]
  GET /bad-gzip            claims Content-Encoding: gzip but sends plain bytes.
  GET /redirect            a redirect chain: [codes=301,308] answers with the first code and a
                           Location to /redirect with the rest; when none are left, Location is
                           [to=/feed]. [absolute=1] makes Location absolute.
  GET /loop                302 to itself, forever.
  GET /to-file             301 to file:///etc/passwd.
  GET /status/<code>       that status with a short body. [retry_after=VALUE raw header,
                           retry_after_in=N -> HTTP-date N seconds from now]
  GET /slow                drips [bytes=200] bytes one every [interval=0.1] seconds.
  GET /oversize            [bytes=N] bytes of 'x'. [chunked=1] omits Content-Length.
  GET /gzip-bomb           chunked, gzip-encoded stream of [mb=200] MiB of zeros, generated lazily.
  GET /hold                waits [ms=300] ms, then 200 "ok" (for concurrency tests).
  GET /reset-mid-body      Content-Length [bytes=100000], sends half of it, then resets the
                           connection (RST, not FIN).
  GET /lying-length        Content-Length [claim=N] but sends [send=M] bytes of 'x' (RSS-shaped when
                           M >= 64); when M < N it then closes the connection. [late=1] sends the
                           excess 200 ms after the first N bytes (a separate packet).
  GET /to-port             302 to http://127.0.0.1:[port]/feed.
  GET /to-non-http         302 to a port where a non-HTTP service (an SSH-like banner, then close)
                           listens.
  GET /gzip-damaged        gzip-encoded feed with [kind=truncated] (the stream cut in half, Content-
                           Length matching what is sent) or [kind=crc] (trailer CRC flipped).
  GET /echo                JSON of the request: method, path, headers.
  GET /stats               JSON: {"requests", "in_flight", "max_in_flight"} over all endpoints.
  GET /stats/reset         zeroes the counters (max_in_flight, requests).
  GET /log                 JSON list of the last 500 requests: {"path", "headers"}.
"""

import argparse
import email.utils
import gzip
import hashlib
import json
import os
import signal
import socket
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>\xd8\xb1\xd8\xb5\xd8\xaf test</title><link>http://example.invalid/</link>
<ttl>30</ttl>
<item><title>\xd8\xae\xd8\xa8\xd8\xb1 1</title><link>http://example.invalid/1</link><guid>1</guid></item>
</channel></rss>
"""
FEED_LAST_MODIFIED = "Tue, 03 Nov 2026 10:00:00 GMT"

STATS_LOCK = threading.Lock()
STATS = {"requests": 0, "in_flight": 0, "max_in_flight": 0}
LOG = []

BANNER_LOCK = threading.Lock()
BANNER = {"port": None}


def banner_port():
    """Port of a listener (started on first use) that greets like an SSH server and hangs up."""
    with BANNER_LOCK:
        if BANNER["port"] is None:
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.bind(("127.0.0.1", 0))
            listener.listen(16)

            def serve():
                while True:
                    conn, _ = listener.accept()
                    try:
                        conn.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")
                        time.sleep(0.05)
                    except OSError:
                        pass
                    finally:
                        conn.close()

            threading.Thread(target=serve, daemon=True).start()
            BANNER["port"] = listener.getsockname()[1]
        return BANNER["port"]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    server_version = "rasd-testserver/1"
    root = None

    def log_message(self, format, *args):  # quiet
        pass

    # --- plumbing -------------------------------------------------------------------------
    def do_GET(self):
        with STATS_LOCK:
            STATS["requests"] += 1
            STATS["in_flight"] += 1
            STATS["max_in_flight"] = max(STATS["max_in_flight"], STATS["in_flight"])
            LOG.append({"path": self.path, "headers": dict(self.headers.items())})
            del LOG[:-500]
        try:
            self.route()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            with STATS_LOCK:
                STATS["in_flight"] -= 1

    def route(self):
        parts = urlsplit(self.path)
        self.query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        path = parts.path
        if path.startswith("/files/"):
            return self.static(path[len("/files/"):])
        if path.startswith("/status/"):
            return self.status(path[len("/status/"):])
        handler = {
            "/feed": self.feed, "/gzip": self.gzip_feed, "/bad-gzip": self.bad_gzip, "/redirect": self.redirect,
            "/loop": self.loop, "/to-file": self.to_file, "/slow": self.slow,
            "/oversize": self.oversize, "/gzip-bomb": self.gzip_bomb, "/hold": self.hold,
            "/echo": self.echo, "/stats": self.stats, "/stats/reset": self.stats_reset,
            "/log": self.log, "/reset-mid-body": self.reset_mid_body, "/lying-length": self.lying_length,
            "/to-port": self.to_port, "/to-non-http": self.to_non_http, "/gzip-damaged": self.gzip_damaged,
        }.get(path)
        if handler is None:
            return self.send_body(404, b"not found\n", "text/plain")
        handler()

    def q(self, name, default):
        return self.query.get(name, default)

    def send_body(self, code, body, content_type="text/plain; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_chunked(self, code, chunks, content_type, headers=()):
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        for chunk in chunks:
            if chunk:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def not_modified(self, etag, last_modified):
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
                return email.utils.parsedate_to_datetime(last_modified).timestamp() <= since
            except (TypeError, ValueError):
                return False
        return False

    def send_validated(self, body, content_type, etag, last_modified, extra=()):
        headers = [("ETag", etag), ("Last-Modified", last_modified), *extra]
        if self.not_modified(etag, last_modified):
            self.send_response(304)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_body(200, body, content_type, headers)

    # --- endpoints ------------------------------------------------------------------------
    def static(self, relative):
        if Handler.root is None:
            return self.send_body(404, b"no --root\n")
        base = os.path.realpath(Handler.root)
        full = os.path.realpath(os.path.join(base, relative))
        if not full.startswith(base + os.sep) or not os.path.isfile(full):
            return self.send_body(404, b"not found\n")
        with open(full, "rb") as f:
            body = f.read()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        last_modified = email.utils.formatdate(int(os.path.getmtime(full)), usegmt=True)
        content_type = {
            ".xml": "application/xml", ".rss": "application/rss+xml", ".atom": "application/atom+xml",
            ".json": "application/feed+json", ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
        }.get(os.path.splitext(full)[1], "application/octet-stream")
        extra = []
        if self.q("gzip", "0") == "1":
            body = gzip.compress(body)
            extra.append(("Content-Encoding", "gzip"))
        self.send_validated(body, content_type, etag, last_modified, extra)

    def feed(self):
        extra = []
        if "maxage" in self.query:
            extra.append(("Cache-Control", "public, max-age=%s" % self.q("maxage", "0")))
        self.send_validated(FEED, "application/rss+xml; charset=utf-8", self.q("etag", '"v1"'),
                            self.q("lastmod", FEED_LAST_MODIFIED), extra)

    def gzip_feed(self):
        body = gzip.compress(FEED)
        headers = [("Content-Encoding", "gzip")]
        if self.q("chunked", "0") == "1":
            mid = len(body) // 2
            return self.send_chunked(200, [body[:mid], body[mid:]], "application/rss+xml", headers)
        self.send_body(200, body, "application/rss+xml", headers)

    def bad_gzip(self):
        self.send_body(200, b"this is not gzip at all " * 20, "application/rss+xml", [("Content-Encoding", "gzip")])

    def redirect(self):
        codes = [c for c in self.q("codes", "301").split(",") if c]
        target = self.q("to", "/feed")
        rest = codes[1:]
        if rest:
            params = {"codes": ",".join(rest), "to": target}
            if "absolute" in self.query:
                params["absolute"] = "1"
            location = "/redirect?" + urlencode(params)
        else:
            location = target
        if self.q("absolute", "0") == "1" and location.startswith("/"):
            location = "http://%s:%d%s" % (self.server.server_address[0], self.server.server_address[1], location)
        self.send_body(int(codes[0]), b"moved\n", headers=[("Location", location)])

    def loop(self):
        self.send_body(302, b"again\n", headers=[("Location", "/loop")])

    def to_file(self):
        self.send_body(301, b"there\n", headers=[("Location", "file:///etc/passwd")])

    def status(self, code_text):
        code = int(code_text) if code_text.isdigit() else 500
        headers = []
        if "retry_after" in self.query:
            headers.append(("Retry-After", self.q("retry_after", "")))
        if "retry_after_in" in self.query:
            when = time.time() + float(self.q("retry_after_in", "0"))
            headers.append(("Retry-After", email.utils.formatdate(when, usegmt=True)))
        self.send_body(code, b"status %d\n" % code, headers=headers)

    def slow(self):
        count = int(self.q("bytes", "200"))
        interval = float(self.q("interval", "0.1"))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(count))
        self.end_headers()
        for _ in range(count):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(interval)

    def oversize(self):
        count = int(self.q("bytes", str(11 * 1024 * 1024)))
        block = b"x" * 65536
        chunks = (block[: min(65536, count - off)] for off in range(0, count, 65536))
        if self.q("chunked", "0") == "1":
            return self.send_chunked(200, chunks, "application/xml")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(count))
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)

    def gzip_bomb(self):
        megabytes = int(self.q("mb", "200"))

        def chunks():
            compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip wrapper
            zeros = bytes(1024 * 1024)
            for _ in range(megabytes):
                yield compressor.compress(zeros)
            yield compressor.flush()

        self.send_chunked(200, chunks(), "application/xml", [("Content-Encoding", "gzip")])

    def hold(self):
        time.sleep(int(self.q("ms", "300")) / 1000)
        self.send_body(200, b"ok\n")

    def reset_mid_body(self):
        count = int(self.q("bytes", "100000"))
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(count))
        self.end_headers()
        self.wfile.write(b"x" * (count // 2))
        self.wfile.flush()
        time.sleep(0.05)
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def lying_length(self):
        claim = int(self.q("claim", "1000"))
        count = int(self.q("send", "500"))
        body = FEED[:count] if count <= len(FEED) else FEED + b" " * (count - len(FEED))
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(claim))
        self.end_headers()
        if self.q("late", "0") == "1" and count > claim:
            self.wfile.write(body[:claim])
            self.wfile.flush()
            time.sleep(0.2)
            body = body[claim:]
        self.wfile.write(body)
        self.wfile.flush()
        if count < claim:
            self.close_connection = True

    def to_port(self):
        location = "http://127.0.0.1:%s/feed" % self.q("port", "9")
        self.send_body(302, b"elsewhere\n", headers=[("Location", location)])

    def to_non_http(self):
        self.send_body(302, b"elsewhere\n", headers=[("Location", "http://127.0.0.1:%d/feed" % banner_port())])

    def gzip_damaged(self):
        body = bytearray(gzip.compress(FEED * 20))
        if self.q("kind", "truncated") == "crc":
            body[-8] ^= 0xFF
        else:
            body = body[: len(body) // 2]
        self.send_body(200, bytes(body), "application/rss+xml", [("Content-Encoding", "gzip")])

    def echo(self):
        body = json.dumps({"method": self.command, "path": self.path,
                           "headers": dict(self.headers.items())}).encode()
        self.send_body(200, body, "application/json")

    def stats(self):
        with STATS_LOCK:
            body = json.dumps(STATS).encode()
        self.send_body(200, body, "application/json")

    def stats_reset(self):
        with STATS_LOCK:
            STATS["requests"] = 0
            STATS["max_in_flight"] = STATS["in_flight"]
        self.send_body(200, b"{}", "application/json")

    def log(self):
        with STATS_LOCK:
            body = json.dumps(LOG).encode()
        self.send_body(200, body, "application/json")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default backlog (5) drops SYNs under parallel tests

    def handle_error(self, request, client_address):
        # Clients that hang up (aborted transfers, closed keep-alive connections, plain HTTP on
        # the TLS port) are part of what the tests do; anything else is printed.
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)) or type(error).__module__ == "ssl":
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--root", default=None, help="directory served under /files/")
    parser.add_argument("--tls", action="store_true", help="HTTPS with tls/selfsigned.{crt,key}")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="exit when stdin closes (the parent test process went away)")
    args = parser.parse_args()
    Handler.root = args.root

    server = Server((args.bind, args.port), Handler)
    if args.tls:
        import ssl
        here = os.path.dirname(os.path.abspath(__file__))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.path.join(here, "tls", "selfsigned.crt"), os.path.join(here, "tls", "selfsigned.key"))
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)

    def stop(*_):
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    def watch_stdin():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        os._exit(0)

    if args.exit_on_stdin_eof:
        threading.Thread(target=watch_stdin, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
