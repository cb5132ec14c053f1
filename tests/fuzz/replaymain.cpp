// SPDX-License-Identifier: MIT
// The replay side of a fuzz target (normal build, no libFuzzer): feeds every file of the directories
// given on the command line through LLVMFuzzerTestOneInput. A committed input that crashes or breaks
// a target's invariant (FuzzEnvironment::require) fails the ctest; so does finding no input at all,
// so a moved folder cannot pass silently.
#include <cstdint>
#include <cstdio>

#include <QDirIterator>
#include <QFile>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int fed = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray input = file.readAll();
            std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), qlonglong(input.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            ++fed;
        }
    }
    std::fprintf(stderr, "%d inputs replayed\n", fed);
    return fed > 0 ? 0 : 1;
}
