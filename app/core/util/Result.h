#pragma once

#include <utility>
#include <variant>

namespace certdeck {

// The error half of a Result, so that `return fail(error);` reads like what it does.
template<typename E> struct Failure
{
    E error;
};

template<typename E> [[nodiscard]] Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

struct Success
{};

// A small std::expected stand-in (C++23 is not available with GCC 12 in C++20 mode).
template<typename T, typename E> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<E> failure) : m_value(std::in_place_index<1>, std::move(failure.error)) {}

    [[nodiscard]] bool hasValue() const { return m_value.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_value); }
    [[nodiscard]] T &value() & { return std::get<0>(m_value); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_value)); }
    [[nodiscard]] const E &error() const { return std::get<1>(m_value); }

    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, E> m_value;
};

template<typename E> using Status = Result<Success, E>;

} // namespace certdeck
