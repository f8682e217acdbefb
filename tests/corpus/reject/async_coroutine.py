# expect: PA3013
async def fetch() -> int:
    return 1


print(fetch())
