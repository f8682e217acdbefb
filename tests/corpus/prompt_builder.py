PREFIXES: dict[str, str] = {
    "query": "search_query: ",
    "document": "search_document: ",
    "classification": "classification: ",
}


def embed_prompts(texts: list[str], task: str) -> list[str]:
    return [PREFIXES[task] + t for t in texts]


print(embed_prompts(["hello world", "typed python"], "query"))
print(embed_prompts(["a document"], "document"))
