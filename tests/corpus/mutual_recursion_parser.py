# A recursive-descent evaluator for + - * / ( ) over ints: expression, term and factor call each other.
class Parser:
    def __init__(self, text: str) -> None:
        self.tokens = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0

    def peek(self) -> str:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ""

    def take(self) -> str:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expression(self) -> int:
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self) -> int:
        value = self.factor()
        while self.peek() in ("*", "/"):
            if self.take() == "*":
                value *= self.factor()
            else:
                value //= self.factor()
        return value

    def factor(self) -> int:
        token = self.take()
        if token == "(":
            value = self.expression()
            self.take()
            return value
        if token == "-":
            return -self.factor()
        return int(token)


for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) * 5", "-7 / 2"]:
    print(f"{source} = {Parser(source).expression()}")
