#!/usr/bin/env python3
"""Writes project-v1.claimline: a Claimline project in file format 1 (the first release:
reviews without tags; no added items, no claimant merges). The store tests open it to check
the migration to the current format. Run from anywhere: python3 make-project-v1.py"""
import hashlib, json, os, sqlite3

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "project-v1.claimline")
if os.path.exists(path):
    os.remove(path)

content = "The ministry said 120 people were killed. The summit met on 4 June.".encode()
sha = hashlib.sha256(content).hexdigest()
text = content.decode()
doc_id = "doc-" + sha[:12]
fig = text.index("120")
quote_end = text.index(".") + 1
summit = text.index("The summit")

db = sqlite3.connect(path)
db.executescript(f"""
PRAGMA journal_mode = DELETE;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, path TEXT, format TEXT, encoding TEXT, sha256 TEXT NOT NULL, content BLOB, text TEXT NOT NULL, diagnostics TEXT);
CREATE TABLE articles (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, document INTEGER NOT NULL REFERENCES documents(idx), start INTEGER, end INTEGER, title_start INTEGER, title_end INTEGER, title TEXT, outlet TEXT, url TEXT, published TEXT, published_from TEXT);
CREATE TABLE claim_groups (idx INTEGER PRIMARY KEY, id TEXT, topic TEXT, measure TEXT, label TEXT, dates_first TEXT, dates_last TEXT, min REAL, max REAL, disagreeing INTEGER);
CREATE TABLE claims (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, document INTEGER NOT NULL REFERENCES documents(idx), article INTEGER NOT NULL REFERENCES articles(idx), quote_start INTEGER, quote_end INTEGER, figure_start INTEGER, figure_end INTEGER, topic TEXT, measure TEXT, low REAL, high REAL, qualifier TEXT, unit TEXT, claimant TEXT, via TEXT, attributed INTEGER, as_of_first TEXT, as_of_last TEXT, subject TEXT, group_idx INTEGER REFERENCES claim_groups(idx));
CREATE TABLE events (idx INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT, label TEXT, date_first TEXT, date_last TEXT);
CREATE TABLE mentions (event INTEGER NOT NULL REFERENCES events(idx), ord INTEGER NOT NULL, document INTEGER NOT NULL REFERENCES documents(idx), article INTEGER NOT NULL REFERENCES articles(idx), start INTEGER, end INTEGER, date_first TEXT, date_last TEXT, PRIMARY KEY (event, ord));
CREATE TABLE reviews (kind TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL, note TEXT, corrections TEXT, PRIMARY KEY (kind, key));
PRAGMA application_id = {0x434C4D4C};
PRAGMA user_version = 1;
""")
db.execute("INSERT INTO meta VALUES ('save_count', '1')")
db.execute("INSERT INTO documents VALUES (0, ?, 'v1.txt', '/news/v1.txt', 'text', 'UTF-8', ?, ?, ?, '[]')",
           (doc_id, sha, content, text))
db.execute("INSERT INTO articles VALUES (0, ?, 0, 0, ?, 0, 0, 'v1.txt', 'Old Outlet', '', '2024-06-05', 'content')",
           (doc_id + "-a", len(text)))
db.execute("INSERT INTO claim_groups VALUES (0, 'g-1', 'casualties', 'killed', 'casualties — killed', '2024-06-05', '2024-06-05', 120, 120, 0)")
db.execute("INSERT INTO claims VALUES (0, ?, 0, 0, 0, ?, ?, ?, 'casualties', 'killed', 120, NULL, 'exact', 'count',"
           " 'Ministry', '[]', 1, '2024-06-05', '2024-06-05', 'people', 0)", (f"{doc_id}-{fig}", quote_end, fig, fig + 3))
db.execute("INSERT INTO events VALUES (0, 'ev-1', 'meeting', 'summit', '2024-06-04', '2024-06-04')")
db.execute("INSERT INTO mentions VALUES (0, 0, 0, 0, ?, ?, '2024-06-04', '2024-06-04')", (summit, len(text)))
db.execute("INSERT INTO reviews VALUES ('claim', ?, 'disputed', 'checked against the 2023 report', ?)",
           (f"{sha}|120|casualties/killed#0", json.dumps({"low": 125})))
db.commit()
db.close()
print(path)
