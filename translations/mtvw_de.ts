<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="24"/>
        <source>microTVM Workbench: browse Model Library Format archives.</source>
        <translation>microTVM Workbench: Model-Library-Format-Archive durchsehen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>An MLF archive or folder to open.</source>
        <translation>Ein MLF-Archiv oder ein Ordner zum Öffnen.</translation>
    </message>
</context>
</TS>
