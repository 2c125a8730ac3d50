"""One regex for a word list, shaped as a trie: shared by every extractor that scans for words."""
import re


def trie_pattern(words):
    """A regex alternation of ``words`` factored as a trie ("mai|mars|mardi" -> "ma(?:i|r(?:s|di))"): Python's
    engine tries a trie branch by branch on one character, which makes a long word list cheap to scan."""
    words = [w for w in words if w]
    if not words:
        return "(?!x)x"
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node):
        alts = []
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        end = "" in node
        body = alts[0] if len(alts) == 1 and not end else "(?:{})".format("|".join(alts))
        return "(?:{})?".format(body[3:-1] if body.startswith("(?:") and len(alts) > 1 else body) if end else body
    return build(trie)
