# expect: PA3009
import numpy

print(numpy.zeros(3))
