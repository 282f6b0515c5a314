// Marshal.GetExceptionForHR and ThrowExceptionForHR: the exception type each HRESULT maps to,
// its message (the type's own for its first code, else the code's text) and its HResult; a
// code no type claims is a COMException; success codes give no exception. (Not here: the
// codes of types with no parameterless constructor, for which CoreCLR fails its own way.)
using System;
using System.Runtime.InteropServices;

static class Program
{
    static readonly uint[] Codes =
    {
            0x8000211D, 0x80131600, 0x80070216, 0x80070057, 0x800A01C1, 0x800A01C2, 0x80131502, 0x80070459,
            0x80131503, 0x8007000B, 0x80131107, 0x80131124, 0x8013110E, 0x8013101B, 0x80131018, 0x800700C1,
            0x800700C0, 0x8013141D, 0x800703E6, 0x800700B6, 0x80070482, 0x80070570, 0x80131058, 0x80131192,
            0x80131605, 0x80131430, 0x80131541, 0x80070003, 0x80030003, 0x800A004C, 0x80020012, 0x800A000B,
            0x80131524, 0x80131529, 0x80070026, 0x800A003E, 0x80131523, 0x80131500, 0x80131506, 0x80131507,
            0x80131621, 0x80131047, 0x80131044, 0x80131040, 0x80070004, 0x80070020, 0x80070021, 0x8007006E,
            0x80070571, 0x800703ED, 0x8007045A, 0x80131016, 0x800703EE, 0x80070002, 0x8007007E, 0x8007007B,
            0x800A0035, 0x80070043, 0x80070035, 0x80070015, 0x80070574, 0x800C000D, 0x800C000B, 0x800C0004,
            0x800C0005, 0x800C0006, 0x800C0008, 0x800C0007, 0x80070485, 0x80131537, 0x80131508, 0x800A0009,
            0x80131578, 0x80004002, 0x80131601, 0x80131531, 0x80131509, 0x8013153A, 0x80131620, 0x800A0039,
            0x800A793C, 0x800A793D, 0x80131535, 0x80131510, 0x801311E6, 0x8013151A, 0x80131511, 0x80131532,
            0x80131512, 0x800A01CD, 0x80131513, 0x80131514, 0x8013106A, 0x80131528, 0x80131515, 0x800A01B6,
            0x800A01BD, 0x800A01CA, 0x800A01CB, 0x80004003, 0x80131622, 0x8013153B, 0x80131516, 0x800A0006,
            0x800700CE, 0x80131539, 0x80131517, 0x8013150A, 0x8013141A, 0x800A0046, 0x800A01A3,
            0x8013141E, 0x80131420, 0x8013150C, 0x800703E9, 0x800A001C, 0x80131518, 0x80131501, 0x80131603,
            0x8002000E, 0x80131519, 0x80131520, 0x80131525, 0x80131543, 0x80131522, 0x80131013,
            0x80070005, 0x800A004B, 0x800A014F, 0x8013150D, 0x80004005, 0x80004001, 0x8007000E, 0x800A0007,
            0x800A7919, 0x8000FFFF, 0x80070001, 0x80070006, 0x80070008, 0x8007000D, 0x80070050, 0x800700B7,
            0x80070490, 0x80131504, 0x80131505, 0x80131577, 0x80131418, 0x8007052E, 0x80000005, 0xC0000005,
            0x800A0001, 0x80004004
    };

    static void Show(int hr)
    {
        Exception? e = Marshal.GetExceptionForHR(hr);
        if (e == null) { Console.WriteLine($"{hr:X8}: none"); return; }
        Console.WriteLine($"{hr:X8}: {e.GetType().FullName} | {e.Message.Replace("\n", "\\n")} | {e.HResult:X8}");
    }

    static int Main()
    {
        Show(0);
        Show(1);
        foreach (uint code in Codes) Show(unchecked((int)code));
        try
        {
            Marshal.ThrowExceptionForHR(unchecked((int)0x80070002));
        }
        catch (System.IO.FileNotFoundException e)
        {
            Console.WriteLine($"thrown: {e.GetType().Name}, {e.HResult:X8}");
        }
        Marshal.ThrowExceptionForHR(0); // success: nothing thrown
        Console.WriteLine("done");
        return 100;
    }
}
