log: list[str] = []


def risky(n: int) -> int:
    log.append(f"start {n}")
    try:
        if n == 0:
            raise ZeroDivisionError("n is zero")
        if n < 0:
            raise ValueError(f"negative: {n}")
        result = 100 // n
        log.append(f"computed {result}")
        return result
    except ZeroDivisionError as error:
        log.append(f"zero: {error}")
        return -1
    finally:
        log.append(f"finally {n}")


def nested(n: int) -> str:
    try:
        try:
            risky(n)
            return "ok"
        finally:
            log.append("inner finally")
    except ValueError as error:
        return f"outer caught {error}"


print(risky(4), risky(0))
print(nested(5), nested(-3))
for entry in log:
    print(entry)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except RuntimeError as error:
        print("retry:", error)
    finally:
        print("cleanup", attempts)
