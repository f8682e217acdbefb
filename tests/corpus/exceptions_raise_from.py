class ConfigError(Exception):
    pass


def parse_port(text: str) -> int:
    try:
        port = int(text)
    except ValueError as error:
        raise ConfigError(f"bad port {text!r}") from error
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(settings: dict[str, str]) -> int:
    try:
        return parse_port(settings["port"])
    except KeyError:
        raise ConfigError("port missing") from None


for settings in [{"port": "8080"}, {"port": "eighty"}, {"port": "70000"}, {"host": "x"}]:
    try:
        print("port", load(settings))
    except ConfigError as error:
        print("config error:", error)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as error:
    print("caught", error)
try:
    raise
except RuntimeError as error:
    print("bare raise outside handler:", error)
