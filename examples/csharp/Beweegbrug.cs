// libbeweegbrug for .NET: the part of the C API a HIS needs behind its
// "verwijs" button, through P/Invoke. Copy this file into the HIS and
// extend it the same way for more of connector/include/beweegbrug.h
// (the declarations are in the topic headers it includes, beweegbrug/*.h).
//
// Conventions it keeps from the C side:
//   - every opaque handle is a SafeHandle, so a connector or receipt is
//     freed exactly once, also when an exception unwinds or the finalizer
//     runs;
//   - a failed call (a negative bb_status) becomes a BeweegbrugException
//     with the code and the library's message ("source:line: field: what is
//     wrong"), read on the same thread right after the call, because the
//     library keeps the last error per connector *and* per thread;
//   - strings cross the boundary as UTF-8 both ways, whatever the
//     platform's "ANSI" code page is (it is not UTF-8 on Windows).
//
// Built and run by tests/csharp.test with Debian's Mono (mcs); it uses
// nothing newer than .NET Framework 4.5 offers, so it also builds on
// .NET 6/8.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace Beweegbrug
{
    /// <summary>The library's status codes (bb_status); the numbers are its ABI.</summary>
    public enum Status
    {
        Ok = 0,
        Error = -1,
        OutOfMemory = -2,
        InvalidArgument = -3,
        NotFound = -4,
        Plugin = -5,
        Abi = -6,
        Kind = -7,
        Config = -8,
        Input = -9,
        IO = -10,
        Unavailable = -11,
        Refused = -12,
        TooBig = -13,
        Unsupported = -14,
        Corrupt = -15,
    }

    /// <summary>What bb_refer says about the referral (bb_receipt_status).</summary>
    public enum ReceiptStatus
    {
        Queued = 1,     // on disk; delivery is under way
        Retrying = 2,   // on disk; the receiver was not reached yet
        Delivered = 3,  // (a repeated click) the receiver has it
        Failed = 4,     // (a repeated click) given up on: see LastError
    }

    /// <summary>A failed library call: the code and every problem the library named.</summary>
    public class BeweegbrugException : Exception
    {
        public Status Code { get; private set; }
        /// <summary>The key, FHIR path or segment-field at fault, or null.</summary>
        public string Field { get; private set; }
        /// <summary>The file or input at fault, or null.</summary>
        public string Input { get; private set; }
        /// <summary>The line in Input, 0 when unknown.</summary>
        public uint Line { get; private set; }
        /// <summary>Every problem, one line each; the first is Message.</summary>
        public string[] Problems { get; private set; }

        public BeweegbrugException(Status code, string message, string field, string input,
                                   uint line, string[] problems)
            : base(message)
        {
            Code = code;
            Field = field;
            Input = input;
            Line = line;
            Problems = problems;
        }
    }

    /// <summary>The queued referral, as bb_refer reports it (copied out of the library).</summary>
    public sealed class Receipt
    {
        public string ReferralId { get; internal set; }
        public string MessageId { get; internal set; }
        public string OfferId { get; internal set; }
        public string OfferName { get; internal set; }
        public string ReceiverId { get; internal set; }
        public string ReceiverName { get; internal set; }
        public ReceiptStatus Status { get; internal set; }
        /// <summary>One Dutch line for the HIS screen.</summary>
        public string StatusText { get; internal set; }
        /// <summary>Lines for the GP (the GLI check), or null; never a block.</summary>
        public string Warnings { get; internal set; }
        public string LastError { get; internal set; }
    }

    /// <summary>A bb_connector*: freed with bb_connector_free.</summary>
    public sealed class ConnectorHandle : SafeHandle
    {
        // The log callback the library holds: referenced from here, so it
        // outlives bb_connector_free (whose delivery thread may still log)
        // even when the handle is released by its finalizer.
        internal NativeMethods.LogFn Log;

        public ConnectorHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle()
        {
            NativeMethods.bb_connector_free(handle);
            return true;
        }
    }

    /// <summary>A bb_receipt*: freed with bb_receipt_free.</summary>
    public sealed class ReceiptHandle : SafeHandle
    {
        public ReceiptHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle()
        {
            NativeMethods.bb_receipt_free(handle);
            return true;
        }
    }

    /// <summary>
    /// The C declarations, one to one. Strings going in are NUL-terminated
    /// UTF-8 byte arrays (Utf8.Encode); strings coming out are IntPtrs read
    /// with Utf8.Decode, because the library owns them.
    /// </summary>
    internal static class NativeMethods
    {
        // The SONAME: the major number is the ABI this file was written for.
        internal const string Library = "libbeweegbrug.so.0";

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate void LogFn(int level, IntPtr message, IntPtr payload);

        // bb_options (BB_OPTIONS_VERSION 1)
        [StructLayout(LayoutKind.Sequential)]
        internal struct Options
        {
            public uint Version;
            public LogFn Log;
            public IntPtr LogPayload;
            public int LogLevel;
            public IntPtr PluginPath;
        }

        // bb_his_record (BB_HIS_RECORD_VERSION 2)
        [StructLayout(LayoutKind.Sequential)]
        internal struct HisRecord
        {
            public uint Version;
            public IntPtr Adapter;
            public IntPtr Source;
            public IntPtr Data;
            public UIntPtr Len;
            public int ConsentNow;
            public IntPtr ConsentBy;
            public IntPtr ConsentTime;
        }

        // bb_receipt: only ever appended to, so reading this prefix stays valid.
        [StructLayout(LayoutKind.Sequential)]
        internal struct NativeReceipt
        {
            public IntPtr ReferralId, MessageId, OfferId, OfferName, ReceiverId, ReceiverName;
            public int Status;
            public IntPtr StatusText, Warnings, LastError;
            public int GliVerdict;
        }

        // bb_error
        [StructLayout(LayoutKind.Sequential)]
        internal struct NativeError
        {
            public int Code;
            public IntPtr Message, Source;
            public uint Line;
            public IntPtr Field;
        }

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr bb_version();
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr bb_strerror(int code);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr bb_log_level_name(int level);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int bb_connector_new(out ConnectorHandle connector, ref Options options);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void bb_connector_free(IntPtr connector);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int bb_connector_load_config(ConnectorHandle connector, byte[] path);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr bb_error_last(ConnectorHandle connector);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern UIntPtr bb_error_count(ConnectorHandle connector);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr bb_error_message_at(ConnectorHandle connector, UIntPtr index);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int bb_refer(out ReceiptHandle receipt, ConnectorHandle connector,
                                            ref HisRecord record, byte[] offerId);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void bb_receipt_free(IntPtr receipt);
    }

    /// <summary>UTF-8 across the boundary, on every platform.</summary>
    internal static class Utf8
    {
        public static byte[] Encode(string s)
        {
            if (s == null)
                return null;
            var bytes = new byte[Encoding.UTF8.GetByteCount(s) + 1];   // + the NUL
            Encoding.UTF8.GetBytes(s, 0, s.Length, bytes, 0);
            return bytes;
        }

        public static string Decode(IntPtr p)
        {
            if (p == IntPtr.Zero)
                return null;
            int n = 0;
            while (Marshal.ReadByte(p, n) != 0)
                n++;
            var bytes = new byte[n];
            Marshal.Copy(p, bytes, 0, n);
            return Encoding.UTF8.GetString(bytes);
        }
    }

    /// <summary>Where the library's log lines go (it never writes to stdout or stderr itself).</summary>
    public delegate void LogHandler(string level, string message);

    /// <summary>
    /// A connector with the practice's configuration: make one when the HIS
    /// starts and keep it; it may be shared by threads. Dispose it on
    /// shutdown (that also stops its delivery thread).
    /// </summary>
    public sealed class Connector : IDisposable
    {
        private readonly ConnectorHandle handle;

        /// <summary>The library's version, e.g. "0.1.0".</summary>
        public static string Version { get { return Utf8.Decode(NativeMethods.bb_version()); } }

        /// <summary>Open the configuration file (docs/configuration.md) and check it strictly.</summary>
        public Connector(string configPath, LogHandler log = null)
        {
            var options = new NativeMethods.Options { Version = 1 };
            NativeMethods.LogFn thunk = null;
            if (log != null) {
                // Called from the library's threads too; it must never throw into C.
                thunk = (level, message, payload) => {
                    try {
                        log(Utf8.Decode(NativeMethods.bb_log_level_name(level)), Utf8.Decode(message));
                    } catch (Exception) {
                        // an exception must never unwind into C
                    }
                };
                options.Log = thunk;
            }
            int rc = NativeMethods.bb_connector_new(out handle, ref options);
            if (rc != 0 || handle.IsInvalid)
                throw new BeweegbrugException((Status)rc, "bb_connector_new: " +
                    Utf8.Decode(NativeMethods.bb_strerror(rc)), null, null, 0, new string[0]);
            // The GC must not collect the callback while the library can call it.
            handle.Log = thunk;
            try {
                Check(NativeMethods.bb_connector_load_config(handle, Utf8.Encode(configPath)));
            } catch {
                handle.Dispose();
                throw;
            }
        }

        /// <summary>
        /// The button: read the record as the HIS exports it (adapter null:
        /// the configured one), point it at the receiver that takes offerId,
        /// check consent and store it durably. Returns once it is on disk;
        /// clicking again for the same referral queues nothing new.
        /// </summary>
        public Receipt Refer(byte[] record, string source, string offerId, string adapter = null)
        {
            if (record == null)
                throw new ArgumentNullException("record");
            var pins = new List<GCHandle>();
            try {
                var r = new NativeMethods.HisRecord {
                    Version = 2,
                    Adapter = Pin(pins, Utf8.Encode(adapter)),
                    Source = Pin(pins, Utf8.Encode(source)),
                    Data = Pin(pins, record),
                    Len = new UIntPtr((uint)record.Length),
                };
                ReceiptHandle receipt;
                Check(NativeMethods.bb_refer(out receipt, handle, ref r, Utf8.Encode(offerId)));
                using (receipt)
                    return Copy(receipt);
            } finally {
                foreach (var pin in pins)
                    pin.Free();
            }
        }

        public void Dispose()
        {
            handle.Dispose();
        }

        private static IntPtr Pin(List<GCHandle> pins, byte[] bytes)
        {
            if (bytes == null)
                return IntPtr.Zero;
            var pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
            pins.Add(pin);
            return pin.AddrOfPinnedObject();
        }

        private static Receipt Copy(ReceiptHandle receipt)
        {
            bool added = false;
            receipt.DangerousAddRef(ref added);
            try {
                var n = (NativeMethods.NativeReceipt)Marshal.PtrToStructure(
                    receipt.DangerousGetHandle(), typeof(NativeMethods.NativeReceipt));
                return new Receipt {
                    ReferralId = Utf8.Decode(n.ReferralId),
                    MessageId = Utf8.Decode(n.MessageId),
                    OfferId = Utf8.Decode(n.OfferId),
                    OfferName = Utf8.Decode(n.OfferName),
                    ReceiverId = Utf8.Decode(n.ReceiverId),
                    ReceiverName = Utf8.Decode(n.ReceiverName),
                    Status = (ReceiptStatus)n.Status,
                    StatusText = Utf8.Decode(n.StatusText),
                    Warnings = Utf8.Decode(n.Warnings),
                    LastError = Utf8.Decode(n.LastError),
                };
            } finally {
                if (added)
                    receipt.DangerousRelease();
            }
        }

        // Turn a bb_status into an exception with the library's own words.
        // Must run on the thread that made the call, before any other call
        // on this connector (the last error is per connector and thread).
        private void Check(int rc)
        {
            if (rc == 0)
                return;
            var e = (NativeMethods.NativeError)Marshal.PtrToStructure(
                NativeMethods.bb_error_last(handle), typeof(NativeMethods.NativeError));
            var problems = new List<string>();
            ulong count = NativeMethods.bb_error_count(handle).ToUInt64();
            for (ulong i = 0; i < count; i++)
                problems.Add(Utf8.Decode(NativeMethods.bb_error_message_at(handle, new UIntPtr(i))));
            string message = Utf8.Decode(e.Message);
            if (string.IsNullOrEmpty(message))
                message = Utf8.Decode(NativeMethods.bb_strerror(rc));
            throw new BeweegbrugException((Status)rc, message, Utf8.Decode(e.Field),
                                          Utf8.Decode(e.Source), e.Line, problems.ToArray());
        }
    }
}
