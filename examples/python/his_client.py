#!/usr/bin/env python3
"""A HIS's side of the local Beweegbrug API (beweegbrug api), Python stdlib only.

    his_client.py SOCKET refer OFFER RECORD.xml   queue a referral, print the receipt
    his_client.py SOCKET refer-canonical OFFER REFERRAL.json
        the same for a referral the HIS fills itself: the canonical fields
        as JSON (docs/canonical-json.md), built here as a Python dict
    his_client.py SOCKET status ID                a referral's state and history
    his_client.py SOCKET offers REASONS AGE PC    the beweegkaart's suggestions
    his_client.py SOCKET file-journal DIR [SECONDS]
        take every journal entry not yet filed, write each to DIR (the
        "patient record" of this example) and only then acknowledge it;
        waits up to SECONDS (long poll) when there is none.

What a HIS vendor's integration does, in a few lines: HTTP over a Unix
socket (http.client with a connected AF_UNIX socket), JSON both ways,
application/problem+json on errors. Filing before acknowledging is what
makes the journal lossless: a crash between the two offers the entry
again, and the HIS recognises it by its id.
"""
import http.client
import json
import os
import socket
import sys
import urllib.parse


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path, timeout=60):
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(self.timeout)
        s.connect(self.socket_path)
        self.sock = s


class ApiError(Exception):
    def __init__(self, status, problem):
        super().__init__(problem.get("detail", "HTTP %d" % status))
        self.status = status
        self.problem = problem


def call(sock, method, path, body=None, content_type=None, timeout=60):
    conn = UnixHTTPConnection(sock, timeout=timeout)
    headers = {"Content-Type": content_type} if content_type else {}
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    data = json.loads(resp.read() or b"{}")
    conn.close()
    if resp.status >= 400:
        raise ApiError(resp.status, data)
    return data


def refer(sock, offer, record_file):
    with open(record_file, "rb") as f:
        record = f.read()
    q = urllib.parse.urlencode({"offer": offer})
    r = call(sock, "POST", "/referrals?" + q, record, "application/xml")
    print("referral: %s\nmessage: %s\ndestination: %s\nstate: %s\n%s"
          % (r["referral_id"], r["message_id"], r["destination"], r["state"], r["status_text"]))


CANONICAL = "application/vnd.beweegbrug.referral+json"


def canonical_referral(doc):
    """The document a HIS builds from its own data: one object per group of
    fields (referral, patient, referrer, practice, receiver, consent,
    complaint), every value a string, and the lists "reasons" and
    "measurements". Numbers are sent as text, so "27.0" keeps its digits."""
    for group, fields in doc.items():
        if group in ("reasons", "measurements"):
            for item in fields:
                for k, v in item.items():
                    item[k] = str(v)
        else:
            for k, v in fields.items():
                fields[k] = str(v)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def refer_canonical(sock, offer, document_file):
    with open(document_file, encoding="utf-8") as f:
        doc = json.load(f)
    # as a HIS adds to it: a weighing at the consult, the value a Python number
    doc.setdefault("measurements", []).append(
        {"loinc": "29463-7", "value": 88.4, "unit": "kg", "when": "2027-01-12"})
    q = urllib.parse.urlencode({"offer": offer})
    r = call(sock, "POST", "/referrals?" + q, canonical_referral(doc), CANONICAL)
    print("referral: %s\nmessage: %s\ndestination: %s\nstate: %s\n%s"
          % (r["referral_id"], r["message_id"], r["destination"], r["state"], r["status_text"]))


def status(sock, ident):
    r = call(sock, "GET", "/referrals/" + urllib.parse.quote(ident, safe=""))
    print("%s %s %s attempts=%d feedback=%d"
          % (r["message_id"], r["destination"], r["state"], r["attempts"], len(r["history"])))


def offers(sock, reasons, age, postcode):
    q = urllib.parse.urlencode({"reason": reasons, "age": age, "postcode": postcode})
    for o in call(sock, "GET", "/offers?" + q)["offers"]:
        print("%d. %s [%s]" % (o["rank"], o["name"], o["id"]))
        for why in o["why"].splitlines():
            print("   - " + why)


def file_journal(sock, outdir, wait=0):
    """File every unacknowledged entry, then acknowledge it. Returns how many."""
    feed = call(sock, "GET", "/journal?since=0&timeout=%d" % wait, timeout=wait + 30)
    filed = 0
    for e in feed["entries"]:
        target = os.path.join(outdir, e["id"])
        if not os.path.exists(target):          # filed before a crash: do not file twice
            tmp = target + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(e["entry"])
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, target)
        call(sock, "POST", "/journal/%s/ack" % urllib.parse.quote(e["id"], safe=""))
        print("filed %s (%s, %s)" % (e["id"], e["referral_id"], e.get("status", "")))
        filed += 1
    return filed


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    sock, cmd, args = argv[1], argv[2], argv[3:]
    try:
        if cmd == "refer" and len(args) == 2:
            refer(sock, *args)
        elif cmd == "refer-canonical" and len(args) == 2:
            refer_canonical(sock, *args)
        elif cmd == "status" and len(args) == 1:
            status(sock, *args)
        elif cmd == "offers" and len(args) == 3:
            offers(sock, *args)
        elif cmd == "file-journal" and len(args) in (1, 2):
            file_journal(sock, args[0], int(args[1]) if len(args) == 2 else 0)
        else:
            print(__doc__, file=sys.stderr)
            return 64
    except ApiError as e:
        # the same text the command-line tool prints, one problem a line
        for line in e.problem.get("errors", [e.problem.get("detail", "")]):
            print("beweegbrug: " + line, file=sys.stderr)
        return 65 if e.status in (400, 413, 415, 422) else 69
    except OSError as e:
        print("beweegbrug api: %s" % e, file=sys.stderr)
        return 69
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
