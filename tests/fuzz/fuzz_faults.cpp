// libFuzzer target: the sandbox's --faults grammar. A spec it accepts prints
// back to a spec it accepts, unchanged (parse ∘ toString is the identity).
#include "faults.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    sandbox::FaultSpec spec;
    QString error;
    if (!sandbox::FaultSpec::parse(text, &spec, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    sandbox::FaultSpec again;
    if (!sandbox::FaultSpec::parse(spec.toString(), &again, &error)
        || again.toString() != spec.toString())
        std::abort();
    return 0;
}
