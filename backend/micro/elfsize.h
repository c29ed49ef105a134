#pragma once

#include "core/checkedmath.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace mtvw::micro {

// What a built program needs, from its ELF section headers, counted as binutils' `size` counts
// them (Berkeley format): text is every allocated section that is not writable (code and
// read-only data, the firmware's flash), data the writable ones with contents (flash and RAM),
// bss the writable ones without (RAM).
struct ElfSize
{
    qint64 text = 0, data = 0, bss = 0;
    QString machine; // "ARM", "x86-64", "RISC-V", … or "machine 183"
    bool is64 = false;

    qint64 flashBytes() const { return saturatingAdd(text, data); } // sizes from a file: never wrap
    qint64 ramBytes() const { return saturatingAdd(data, bss); }

    // Reads the ELF header and the section header table only.
    static Result<ElfSize> read(const QString &path);
    // The same from bytes: the header at 0, the section table wherever the header says
    // (missing bytes are an error).
    static Result<ElfSize> parse(const QByteArray &bytes, const QString &origin);

    // The program a template project's build made, where the stock templates put it: Zephyr's
    // build/zephyr/zephyr.elf, Arduino's build/*.elf, else an ELF executable directly in build/
    // (host-sim). Empty when there is none.
    static QString findProgram(const QString &projectDir);
    // "Program build/hostsim: text 12.3 KiB, data 1,024 B, bss 3.4 KiB (x86-64): flash …, static
    // RAM …", or why the size cannot be read; empty when there is no program.
    static QString describeProgram(const QString &projectDir);
};

} // namespace mtvw::micro
