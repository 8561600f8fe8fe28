#!/usr/bin/env python3
"""Writes a Jetstream event file in the real wire format (one JSON event per line, as the
/subscribe WebSocket sends them), with the mix of the whole network: about 2.5 % post creations
among likes, reposts, follows, blocks, list items, profile updates, deletes, identity and account
events (Jetstream's public instances carry about 2,000 events/s of which about 50 are posts).

It is synthetic (this machine has no network), seeded so the file is the same on every run:
    python3 benchmarks/jetstream/make_fixture.py 20000 > app/src/test/resources/connector/jetstream-mix.jsonl
"""
import json
import random
import string
import sys

rng = random.Random(13)
B32 = "abcdefghijklmnopqrstuvwxyz234567"
WORDS_FR = ("le la les un une des et à de en pour pas plus très encore train gare retard grève métro pain boulangerie "
            "fournil café merci bravo vraiment aujourd'hui demain semaine livraison service client colis attente "
            "réunion projet soleil pluie Paris Lyon Marseille Nantes vélo école musique film livre").split()
WORDS_EN = ("the a and to of in for is it this that not very still train station delay strike bread bakery coffee "
            "thanks great really today tomorrow week delivery customer service parcel waiting meeting project sun "
            "rain London music film book game art photo dog cat morning night").split()
EMOJI = ["", "", "", " 🙃", " 😡", " ❤️", " 🎉", " 🚆", " 🥖"]


def tid():
    return "3l" + "".join(rng.choice(B32) for _ in range(11))


def did():
    return "did:plc:" + "".join(rng.choice(B32) for _ in range(24))


def cid():
    return "bafyrei" + "".join(rng.choice(B32) for _ in range(52))


DIDS = [did() for _ in range(3000)]


def at_uri(collection="app.bsky.feed.post"):
    return "at://%s/%s/%s" % (rng.choice(DIDS), collection, tid())


def created(t_us):
    seconds = t_us // 1_000_000
    import datetime
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % rng.randrange(1000)


def post_record(t_us):
    lang = rng.choices(["en", "ja", "pt", "fr", "de", "es"], [55, 15, 12, 8, 5, 5])[0]
    words = WORDS_FR if lang == "fr" else WORDS_EN
    text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 40))).capitalize() + rng.choice(EMOJI)
    if rng.random() < 0.08:
        text += " #" + rng.choice(["bluesky", "art", "grève", "photography", "sncf", "news"])
    record = {"$type": "app.bsky.feed.post", "createdAt": created(t_us), "langs": [lang], "text": text}
    if rng.random() < 0.3:
        root = {"cid": cid(), "uri": at_uri()}
        record["reply"] = {"parent": {"cid": cid(), "uri": at_uri()}, "root": root}
    if rng.random() < 0.15:
        record["embed"] = {"$type": "app.bsky.embed.images", "images": [{"alt": "", "aspectRatio": {"height": 1000, "width": 750},
                           "image": {"$type": "blob", "ref": {"$link": cid()}, "mimeType": "image/jpeg", "size": rng.randint(50000, 900000)}}]}
    if "#" in text:
        start = len(text.split("#")[0].encode())
        record["facets"] = [{"$type": "app.bsky.richtext.facet", "features": [{"$type": "app.bsky.richtext.facet#tag",
                             "tag": text.split("#")[1]}], "index": {"byteEnd": len(text.encode()), "byteStart": start}}]
    return record


def commit(t_us, collection, record=None, operation="create"):
    event = {"did": rng.choice(DIDS), "time_us": t_us, "kind": "commit",
             "commit": {"rev": tid(), "operation": operation, "collection": collection, "rkey": tid()}}
    if operation != "delete":
        event["commit"]["record"] = record
        event["commit"]["cid"] = cid()
    return event


def event(t_us):
    r = rng.random()
    if r < 0.025:
        return commit(t_us, "app.bsky.feed.post", post_record(t_us))
    if r < 0.030:
        return commit(t_us, "app.bsky.feed.post", operation="delete")
    if r < 0.65:
        return commit(t_us, "app.bsky.feed.like", {"$type": "app.bsky.feed.like", "createdAt": created(t_us),
                                                   "subject": {"cid": cid(), "uri": at_uri()}})
    if r < 0.77:
        return commit(t_us, "app.bsky.feed.repost", {"$type": "app.bsky.feed.repost", "createdAt": created(t_us),
                                                     "subject": {"cid": cid(), "uri": at_uri()}})
    if r < 0.91:
        return commit(t_us, "app.bsky.graph.follow", {"$type": "app.bsky.graph.follow", "createdAt": created(t_us),
                                                      "subject": rng.choice(DIDS)})
    if r < 0.93:
        return commit(t_us, "app.bsky.graph.block", {"$type": "app.bsky.graph.block", "createdAt": created(t_us),
                                                     "subject": rng.choice(DIDS)})
    if r < 0.955:
        return commit(t_us, "app.bsky.graph.listitem", {"$type": "app.bsky.graph.listitem", "createdAt": created(t_us),
                                                        "list": at_uri("app.bsky.graph.list"), "subject": rng.choice(DIDS)})
    if r < 0.965:
        return commit(t_us, "app.bsky.actor.profile", {"$type": "app.bsky.actor.profile", "displayName": "Someone",
                                                       "description": "Hello there"}, "update")
    if r < 0.985:
        return commit(t_us, rng.choice(["app.bsky.feed.like", "app.bsky.graph.follow", "app.bsky.feed.repost"]), operation="delete")
    d = rng.choice(DIDS)
    if r < 0.993:
        return {"did": d, "time_us": t_us, "kind": "identity", "identity": {"did": d, "handle": d[8:16] + ".bsky.social",
                                                                          "seq": rng.randrange(10**9), "time": created(t_us)}}
    return {"did": d, "time_us": t_us, "kind": "account", "account": {"active": True, "did": d, "seq": rng.randrange(10**9),
                                                                    "time": created(t_us)}}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    t_us = 1733300000000000
    out = sys.stdout
    for _ in range(count):
        t_us += rng.randint(100, 900)  # about 2,000 events per second
        out.write(json.dumps(event(t_us), ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
