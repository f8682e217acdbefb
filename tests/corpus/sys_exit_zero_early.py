import sys

for i in range(10):
    print("step", i)
    if i == 2:
        try:
            sys.exit(0)
        finally:
            print("finally runs before exit")
print("not reached")
