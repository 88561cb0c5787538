#pragma once

#include "apierror.h"

#include <QTest>
#include <optional>

// Runs one asynchronous PlatformClient call to completion for a test.
template<typename T, typename Call>
std::pair<T, cc::ApiError> await(Call call, int timeoutMs = 20000)
{
    std::optional<std::pair<T, cc::ApiError>> result;
    QObject context;
    call(&context,
        [&result](const T &value, const cc::ApiError &error) { result.emplace(value, error); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        cc::ApiError never;
        never.kind = cc::ApiError::Kind::Http;
        never.detail = QStringLiteral("test: the callback never came");
        return {T{}, never};
    }
    return *result;
}
