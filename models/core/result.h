#pragma once

#include "models/core/error.h"

#include <utility>
#include <variant>

namespace Tessera {

// A value or the Error that kept us from producing it; callers must look before they take.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: "for (auto &x : f().value())" must not refer into a temporary that is gone.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but can fail.
struct Ok {
};
using Status = Result<Ok>;

} // namespace Tessera
