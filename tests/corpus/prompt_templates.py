TEMPLATES: dict[str, str] = {
    "qa": "Question: {question}\nAnswer:",
    "summarize": "Summarize in {n} words: {text}",
    "translate": "Translate to {lang}: {text}",
}
TASK_PREFIX: dict[str, str] = {
    "query": "search_query: ",
    "passage": "search_document: ",
    "cluster": "clustering: ",
}


def render(name: str, values: dict[str, str]) -> str:
    text = TEMPLATES[name]
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def with_prefix(texts: list[str], task: str) -> list[str]:
    prefix = TASK_PREFIX.get(task)
    if prefix is None:
        return texts
    return [prefix + t.strip() for t in texts]


def truncate(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


print(render("qa", {"question": "Où est la gare ?"}))
print(render("summarize", {"n": "10", "text": "Typed Python compiles ahead of time."}))
print(render("translate", {"lang": "日本語", "text": "good morning"}))
print(with_prefix(["  hello ", "wörld"], "query"))
print(with_prefix(["unchanged"], "unknown"))
for text in ["short", "a much longer sentence that will not fit"]:
    t = truncate(text, 16)
    print(repr(t), len(t))
batch = with_prefix([f"doc {i}" for i in range(3)], "passage")
print("\n".join(batch))
