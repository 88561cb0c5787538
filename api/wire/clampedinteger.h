#pragma once

#include <cmath>
#include <limits>

namespace cc::json {

// A JSON number as an integer of T: NaN is 0, and anything beyond T's range
// is its limit (1e300 must not become undefined behaviour).
template<typename T> T clampedInteger(double value)
{
    if (std::isnan(value))
        return 0;
    constexpr double lo = double(std::numeric_limits<T>::min());
    constexpr double hi = double(std::numeric_limits<T>::max());
    if (value <= lo)
        return std::numeric_limits<T>::min();
    if (value >= hi)
        return std::numeric_limits<T>::max();
    return T(value);
}

} // namespace cc::json
