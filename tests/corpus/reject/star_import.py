# expect: PA3012
from math import *

print(sqrt(2.0))
