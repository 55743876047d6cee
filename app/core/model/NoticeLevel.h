#pragma once

namespace certdeck {

// How much a notice for the person matters; the window picks its colour and icon from it.
enum class NoticeLevel
{
    Info,
    Warning,
    Error,
};

// What a workflow outcome is worth telling: success informs, anything else is an error.
[[nodiscard]] constexpr NoticeLevel noticeLevel(bool confirmed)
{
    return confirmed ? NoticeLevel::Info : NoticeLevel::Error;
}

} // namespace certdeck
