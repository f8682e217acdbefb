# expect-exit: 1
PREFIXES: dict[str, str] = {"query": "search_query: ", "document": "search_document: "}


def embed_prompts(texts: list[str], task: str) -> list[str]:
    return [PREFIXES[task] + t for t in texts]


print(embed_prompts(["héllo"], "query"))
print(embed_prompts(["x"], "summary"))
