#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

namespace mtvw::mlf {

// Boards with their RAM and flash sizes, to check a model's memory estimate against. The
// built-in list (the boards of the stock Zephyr and Arduino template projects) ships as a
// resource; users keep their own boards in a JSON file of the same shape:
//   {"format": "mtvw-boards", "version": 1,
//    "boards": [{"name", "platform", "ram_bytes", "flash_bytes",
//                optional "mcu", "model", "app_ram_bytes", "recommended_heap_bytes", "usb_id", "note", "source",
//                and "note_<language>" (ISO 639: "note_de") for the note in other languages}]}
class BoardCatalogue
{
public:
    static constexpr int kVersion = 1;
    static constexpr const char *kBuiltInPath = ":/boards/boards.json";

    struct Board
    {
        QString name;
        QString platform; // "zephyr", "arduino", or anything a user types ("custom")
        QString mcu;
        QString model; // the tvm.target.micro model the stock template names for it (-model=…)
        QString usbId; // "0483:374b": the USB VID:PID of its serial port in the stock template's table
        qint64 ramBytes = 0;
        qint64 flashBytes = 0;
        qint64 appRamBytes = -1; // what the stock template's default build leaves the application; -1: all of ramBytes
        qint64 budgetRamBytes() const { return appRamBytes > 0 ? appRamBytes : ramBytes; }
        qint64 recommendedHeapBytes = -1; // the Zephyr template's default workspace for this board; -1: none
        QString note;                     // in English
        QMap<QString, QString> notes;     // language ("de") -> the note in it
        QString source;                   // where the figures come from (file names: not translated)
        // The note in the locale's language when the catalogue has it, else in English.
        QString noteFor(const QLocale &locale = QLocale()) const;
    };

    const QList<Board> &boards() const { return m_boards; }
    const Board *find(const QString &name) const;

    // The boards a compilation target names: by its -model= (the stock templates' model of each
    // board, or a board's own name; "host" names none), else by its -mcpu= (the Cortex core in
    // the board's MCU). A board named exactly comes first, then the smallest RAM: a model that
    // fits it fits the others. `key` is the option that matched ("-model=nrf5340dk").
    struct TargetMatch
    {
        QString key;
        QList<const Board *> boards;
    };
    TargetMatch matchTarget(const QString &target) const;
    // The boards whose serial port has this USB vendor and product id.
    QList<const Board *> boardsForUsb(quint16 vendor, quint16 product) const;
    bool isEmpty() const { return m_boards.isEmpty(); }

    // Adds a board, or replaces the one with the same name.
    void add(const Board &board);
    bool remove(const QString &name);

    QByteArray toJson() const;

    // origin names the file in error messages.
    static Result<BoardCatalogue> parse(const QByteArray &json, const QString &origin);
    static Result<BoardCatalogue> load(const QString &path);
    // A missing file is an empty catalogue (the user has not added a board yet).
    static Result<BoardCatalogue> loadIfExists(const QString &path);
    // Writes atomically (QSaveFile); creates the folder when needed.
    Result<void> save(const QString &path) const;

private:
    QList<Board> m_boards;
};

} // namespace mtvw::mlf
