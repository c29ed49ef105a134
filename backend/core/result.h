#pragma once

#include "error.h"

#include <optional>
#include <utility>
#include <variant>

namespace mtvw {

// An expected type: either a value or an Error. The backend returns these instead of throwing.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace mtvw

// Unwraps a Result into a new variable, or returns its error from the enclosing function.
#define MTVW_CONCAT_INNER(a, b) a##b
#define MTVW_CONCAT(a, b) MTVW_CONCAT_INNER(a, b)
#define MTVW_TRY(var, expr)                                                                                                      \
    auto MTVW_CONCAT(var, _result) = (expr);                                                                                     \
    if (!MTVW_CONCAT(var, _result))                                                                                              \
        return MTVW_CONCAT(var, _result).error();                                                                                \
    auto var = std::move(MTVW_CONCAT(var, _result)).value()
