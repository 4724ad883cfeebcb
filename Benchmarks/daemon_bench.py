#!/usr/bin/env python3
"""Daemon figures with N feeds (default 1,000) served by Tests/Support/testserver.py on 127.0.0.1:

  1. start-up to READY=1 (sd_notify on a real socket) with an empty state;
  2. a cold `rasd once` (every feed answers 200) and a warm one (every feed answers 304):
     wall time and CPU (user+sys) of the whole process;
  3. `rasd run --simulate-seconds 86400`: a day of polling with the clock jumping instead of
     waiting (15-minute intervals; 5 % of the feeds get a new story every simulated ~hour),
     peak RSS (ru_maxrss) of the process.

Usage: python3 Benchmarks/daemon_bench.py --rasd .build/release/rasd [--feeds 1000] [--days 1]
Prints one line per figure and a Markdown table at the end.
"""
import argparse, os, re, resource, signal, socket, subprocess, sys, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "Tests", "Support", "testserver.py")

ITEM = ("<item><title>خبر رقم {n} من المصدر {f}</title><link>https://bench.example/{f}/{n}</link>"
        "<guid>https://bench.example/{f}/{n}</guid><pubDate>Thu, 25 Jul 2024 06:10:00 +0300</pubDate>"
        "<description>أعلن المسؤولون في المدينة {f} عن افتتاح مشروع جديد للبنية التحتية رقم {n} "
        "بحضور عدد من الوزراء والمواطنين.</description></item>\n")


def write_feed(www, f, first, count=5):
    items = "".join(ITEM.format(f=f, n=n) for n in range(first, first + count))
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>bench</title>'
           "<link>https://bench.example/</link><description>x</description>\n" + items + "</channel></rss>\n")
    tmp = os.path.join(www, f"f{f}.xml.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(doc)
    os.replace(tmp, os.path.join(www, f"f{f}.xml"))


def wait4(proc):
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rasd", required=True)
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--days", type=float, default=1.0)
    args = ap.parse_args()
    root = tempfile.mkdtemp(prefix="rasd-bench-")
    www, feeds_dir = os.path.join(root, "www"), os.path.join(root, "feeds")
    os.makedirs(www); os.makedirs(feeds_dir)
    for f in range(args.feeds):
        write_feed(www, f, 0)
    server = subprocess.Popen([sys.executable, SERVER, "--port", "0", "--root", www, "--exit-on-stdin-eof"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    port = int(server.stdout.readline())
    with open(os.path.join(feeds_dir, "bench.toml"), "w") as fh:
        fh.write("version = 1\n")
        for f in range(args.feeds):
            fh.write(f'\n[[feed]]\nid = "f{f}"\nurl = "http://127.0.0.1:{port}/files/f{f}.xml"\n')
    config = os.path.join(root, "rasd.toml")
    with open(config, "w") as fh:
        fh.write('version = 1\nstate_dir = "state"\noutbox_dir = "outbox"\nfeeds = ["feeds"]\n'
                 'default_interval = "15m"\nconcurrency = 16\nper_host_concurrency = 16\nlog_level = "info"\n')
    log = open(os.path.join(root, "rasd.log"), "ab")
    results = []

    # 1. start-up to READY
    sock_path = os.path.join(root, "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(sock_path)
    sock.settimeout(60)
    env = dict(os.environ, NOTIFY_SOCKET=sock_path)
    t0 = time.monotonic()
    proc = subprocess.Popen([args.rasd, "run", "--config", config], env=env, stderr=log)
    ready = None
    while ready is None:
        msg = sock.recv(4096).decode()
        if "READY=1" in msg.split("\n"):
            ready = time.monotonic() - t0
    proc.send_signal(signal.SIGTERM)
    wait4(proc)
    results.append(("start-up to READY=1, %d feeds, empty state" % args.feeds, "%.3f s" % ready))
    print(results[-1], flush=True)

    # 2. cold and warm `rasd once`
    for label in ("cold `rasd once` (every feed 200)", "warm `rasd once` (every feed 304)"):
        err_path = os.path.join(root, "once.err")
        with open(err_path, "wb") as err:
            t0 = time.monotonic()
            proc = subprocess.Popen([args.rasd, "once", "--config", config], stderr=err)
            usage = wait4(proc)
            wall = time.monotonic() - t0
        text = open(err_path, encoding="utf-8").read()
        log.write(text.encode())
        m = re.search(r"cycle\.seconds=([0-9.]+)", text)
        fetched = re.search(r"cycle\.fetched=(\d+).*cycle\.not_modified=(\d+)", text)
        results.append((label + ": the cycle itself (cycle.seconds)", "%s s" % (m.group(1) if m else "?")))
        results.append((label + ": whole process, wall", "%.3f s" % wall))
        results.append((label + ": whole process, CPU user+sys", "%.3f s" % (usage.ru_utime + usage.ru_stime)))
        results.append((label + ": fetched / not modified", "%s / %s" % (fetched.groups() if fetched else ("?", "?"))))
        for r in results[-4:]:
            print(r, flush=True)

    # 3. a simulated day
    stop = threading.Event()

    def churn():
        n = 100
        while not stop.wait(2.0):
            n += 1
            for f in range(0, args.feeds, 20):
                write_feed(www, (f + n) % args.feeds, n)

    t = threading.Thread(target=churn, daemon=True); t.start()
    t0 = time.monotonic()
    proc = subprocess.Popen([args.rasd, "run", "--config", config,
                             "--simulate-seconds", str(int(args.days * 86400))], stderr=log)
    samples = []

    def sample():
        while proc.returncode is None:
            try:
                with open(f"/proc/{proc.pid}/status") as fh:
                    fields = {l.split(":")[0]: int(l.split()[1]) for l in fh if l.startswith(("VmRSS", "RssAnon", "RssFile"))}
                samples.append((fields["VmRSS"], fields["RssAnon"], fields["RssFile"]))
            except (OSError, KeyError, ValueError):
                return
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True); sampler.start()
    usage = wait4(proc)
    stop.set()
    last = max(samples[-6:]) if samples else (0, 0, 0)
    results.append(("simulated %.1f day(s) of `rasd run`, %d feeds: RSS at the end (VmRSS, last 3 s)" % (args.days, args.feeds),
                    "%.1f MB (anonymous %.1f MB + file-backed, i.e. shared libraries, %.1f MB)"
                    % (last[0] / 1024, last[1] / 1024, last[2] / 1024)))
    results.append(("  … peak RSS over the run (ru_maxrss)", "%.1f MB" % (usage.ru_maxrss / 1024)))
    results.append(("  … its wall time / CPU", "%.1f s / %.1f s" % (time.monotonic() - t0, usage.ru_utime + usage.ru_stime)))
    print(results[-3:], "exit", proc.returncode, flush=True)

    server.stdin.close(); server.wait(timeout=10)
    print("\n| figure | value |\n|---|---|")
    for k, v in results:
        print(f"| {k} | {v} |")
    print(f"\n(work dir: {root})")


if __name__ == "__main__":
    main()
