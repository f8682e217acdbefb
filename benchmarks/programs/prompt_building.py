# The talk's scenario: build embedding prompts ("<task prefix><text>") for N generated texts,
# some of them non-ASCII, for every task in a dict of prefixes, and total their lengths in code points.
# bench: quick=200
# bench: scenario
import sys

WORDS = ["the", "model", "embeds", "café", "naïve", "résumé", "text", "über", "prompt", "vector",
         "search", "données", "query", "document", "straße", "cluster", "λόγος", "模型", "token", "space"]

PREFIXES = {
    "search_query": "search_query: ",
    "search_document": "search_document: ",
    "classification": "classification: ",
    "clustering": "clustering: ",
}


def make_texts(n: int) -> list[str]:
    state = 7
    texts: list[str] = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 4 + (state >> 16) % 12
        words: list[str] = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            words.append(WORDS[(state >> 16) % len(WORDS)])
        texts.append(" ".join(words))
    return texts


def embed_prompts(texts: list[str], task: str) -> list[str]:
    prefix = PREFIXES[task]
    return [prefix + text for text in texts]


# The default problem size; run.py passes the size as argv[1], to this program and to its C++ twin alike.
SIZE = 100000


def main(n: int) -> None:
    texts = make_texts(n)
    prompts = 0
    total = 0
    for _ in range(10):
        for task in PREFIXES:
            for prompt in embed_prompts(texts, task):
                prompts += 1
                total += len(prompt)
    print(f"{prompts} prompts, {total} code points")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else SIZE)
