#!/usr/bin/env python3
"""Client of bench/idle_rss.sh: opens COUNT keep-alive connections to 127.0.0.1:PORT, sends one
`GET / HTTP/1.1` on each and reads the whole response, keeps them all open and idle, then reads the
server's VmRSS (kB) from /proc/PID/status and counts how many connections the server still holds.
Prints `rss_kb open_connections seconds_to_connect` and exits (closing them).
At most INFLIGHT connections are connecting/awaiting their response at once (stays under the
server's listen backlog); when the kernel runs out of ephemeral ports for a source address
(EADDRNOTAVAIL) the next loopback source address (127.0.0.2, ...) is used. Gives up after TIMEOUT s.
usage: idle_client.py PORT PID [COUNT=10000] [TIMEOUT=60] [INFLIGHT=256]"""
import errno, os, re, selectors, socket, sys, time

port, pid = int(sys.argv[1]), int(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 60
inflight = int(sys.argv[5]) if len(sys.argv) > 5 else 256
REQ = b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'

def die(msg):
    sys.stderr.write(f'idle_client: {msg}\n')
    sys.exit(1)

def complete(buf):
    """True once buf holds one whole response (Content-Length or chunked body)."""
    end = buf.find(b'\r\n\r\n')
    if end < 0:
        return False
    head = buf[:end].decode('latin-1')
    if not head.startswith('HTTP/1.1 200'):
        die(f'unexpected response: {head.splitlines()[0]!r}')
    m = re.search(r'(?im)^content-length:\s*(\d+)', head)
    if m:
        return len(buf) - end - 4 >= int(m.group(1))
    if re.search(r'(?im)^transfer-encoding:.*chunked', head):
        return buf.endswith(b'0\r\n\r\n')
    die('response with neither Content-Length nor chunked body')

sel = selectors.DefaultSelector()
done = []          # idle sockets whose response has been read
pending = {}       # socket -> bytes received so far (None while connecting)
src = 1            # last octet of the source address in use (1 = let the kernel choose)
start = time.monotonic()
deadline = start + timeout
opened = 0

def open_one():
    global src, opened
    while True:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        try:
            if src > 1:
                s.bind((f'127.0.0.{src}', 0))
            err = s.connect_ex(('127.0.0.1', port))
        except OSError as e:
            err = e.errno
        if err in (0, errno.EINPROGRESS):
            break
        s.close()
        if err != errno.EADDRNOTAVAIL or src >= 254:
            die(f'connect #{opened + 1}: {os.strerror(err)}')
        src += 1  # ephemeral ports of this source address exhausted
    pending[s] = None
    sel.register(s, selectors.EVENT_WRITE)
    opened += 1

while len(done) < count:
    while opened < count and len(pending) < inflight:
        open_one()
    left = deadline - time.monotonic()
    if left <= 0:
        die(f'gave up after {timeout:.0f} s with {len(done)} of {count} connections answered')
    for key, ev in sel.select(min(left, 1.0)):
        s = key.fileobj
        if pending[s] is None:  # connect finished
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                die(f'connect: {os.strerror(err)} after {len(done)} connections')
            s.send(REQ)  # 27 bytes always fit an empty send buffer
            pending[s] = b''
            sel.modify(s, selectors.EVENT_READ)
            continue
        data = s.recv(65536)
        if not data:
            die(f'server closed a connection before answering ({len(done)} answered)')
        pending[s] += data
        if complete(pending[s]):
            sel.unregister(s)
            del pending[s]
            done.append(s)
elapsed = time.monotonic() - start

time.sleep(0.5)  # let the server settle (finish writes, free per-request state)
with open(f'/proc/{pid}/status') as f:
    rss = int(re.search(r'VmRSS:\s*(\d+)', f.read()).group(1))
# a connection the server has closed reads as EOF; an open idle one would block
still_open = 0
for s in done:
    try:
        still_open += s.recv(1, socket.MSG_PEEK) != b''
    except BlockingIOError:
        still_open += 1
    except OSError:
        pass
print(rss, still_open, f'{elapsed:.2f}')
