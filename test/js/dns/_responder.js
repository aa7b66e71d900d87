'use strict';
// A tiny authoritative DNS responder on 127.0.0.1 for the dns tests (no network needed): a python3
// child answering a fixed zone over UDP. startResponder() -> Promise<{ port, close() }>.
// Zone: example.test (A, AAAA, MX, TXT, NS, SOA, CAA, NAPTR), _sip._tcp.example.test SRV,
// alias.example.test CNAME, 4.3.2.1.in-addr.arpa PTR, missing.* NXDOMAIN, empty.* no data,
// servfail.* SERVFAIL, slow.* never answered.
const { spawn } = require('child_process');

const PY = String.raw`
import os, socket, struct, sys
def name(n):
    out = b''
    for label in n.rstrip('.').split('.'):
        if label: out += bytes([len(label)]) + label.encode()
    return out + b'\0'
def s(t): t = t.encode(); return bytes([len(t)]) + t
A, NS, CNAME, SOA, PTR, MX, TXT, AAAA, SRV, NAPTR, ANY, CAA = 1, 2, 5, 6, 12, 15, 16, 28, 33, 35, 255, 257
Z = {
 'example.test': [
  (A, 300, socket.inet_pton(socket.AF_INET, '1.2.3.4')),
  (A, 200, socket.inet_pton(socket.AF_INET, '5.6.7.8')),
  (AAAA, 400, socket.inet_pton(socket.AF_INET6, '2001:db8::1')),
  (MX, 60, struct.pack('!H', 10) + name('mx1.example.test')),
  (MX, 60, struct.pack('!H', 20) + name('mx2.example.test')),
  (TXT, 60, s('v=spf1 -all')),
  (TXT, 60, s('part1') + s('part2')),
  (NS, 60, name('ns1.example.test')),
  (SOA, 60, name('ns1.example.test') + name('admin.example.test') + struct.pack('!IIIII', 2024010101, 7200, 3600, 1209600, 300)),
  (CAA, 60, bytes([0]) + s('issue') + b'ca.test'),
  (NAPTR, 60, struct.pack('!HH', 100, 10) + s('S') + s('SIP+D2U') + s('') + name('_sip._udp.example.test')),
 ],
 '_sip._tcp.example.test': [(SRV, 60, struct.pack('!HHH', 10, 5, 5060) + name('sip.example.test'))],
 'alias.example.test': [(CNAME, 60, name('example.test'))],
 '4.3.2.1.in-addr.arpa': [(PTR, 60, name('host.example.test'))],
 'empty.example.test': [],
}
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(('127.0.0.1', 0))
print(sock.getsockname()[1], flush=True)
parent = os.getppid()
sock.settimeout(0.5)
while True:
    try:
        data, peer = sock.recvfrom(4096)
    except socket.timeout:
        if os.getppid() != parent: sys.exit(0)  # the test died without close()
        continue
    qid, flags, qd = struct.unpack('!HHH', data[:6])
    i, labels = 12, []
    while data[i]:
        labels.append(data[i + 1:i + 1 + data[i]].decode()); i += 1 + data[i]
    qtype, qclass = struct.unpack('!HH', data[i + 1:i + 5])
    question = data[12:i + 5]
    q = '.'.join(labels).lower()
    if q.startswith('slow.'): continue
    rcode, answers = 0, []
    if q.startswith('servfail.'): rcode = 2
    elif q not in Z: rcode = 3
    else:
        for (t, ttl, rdata) in Z[q]:
            if qtype in (t, ANY) or (t == CNAME and qtype != CNAME):
                answers.append(name(q) + struct.pack('!HHIH', t, 1, ttl, len(rdata)) + rdata)
    hdr = struct.pack('!HHHHHH', qid, 0x8400 | (flags & 0x0100) | rcode, 1, len(answers), 0, 0)
    sock.sendto(hdr + question + b''.join(answers), peer)
`;

function startResponder() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', PY], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.on('error', reject);
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      child.stdout.removeAllListeners('data');
      child.stdout.destroy();
      resolve({ port: Number(out.slice(0, nl)), close() { child.kill(); } });
    });
  });
}

module.exports = { startResponder };
