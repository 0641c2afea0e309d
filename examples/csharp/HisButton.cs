// The "verwijs naar beweegaanbod" button of a .NET HIS, with the library
// loaded in-process (Beweegbrug.cs):
//
//   mono his-button.exe CONFIG RECORD OFFER-ID
//
// Opens a connector with the practice's configuration, refers the record
// as the HIS exported it to the offer the GP and the patient chose, and
// shows the receipt. A record the library refuses is shown with its code,
// the field at fault and every problem, as a HIS would put it on screen.
using System;
using System.IO;
using Beweegbrug;

static class HisButton
{
    static int Main(string[] args)
    {
        if (args.Length != 3) {
            Console.Error.WriteLine("usage: his-button.exe CONFIG RECORD OFFER-ID");
            return 64;
        }
        byte[] record;
        try {
            record = File.ReadAllBytes(args[1]);
        } catch (IOException e) {
            Console.Error.WriteLine("his-button: " + e.Message);
            return 66;
        }

        try {
            Console.WriteLine("libbeweegbrug " + Connector.Version);
            // The library logs through the HIS's logger; here, stderr.
            using (var connector = new Connector(args[0],
                       (level, message) => Console.Error.WriteLine("[beweegbrug " + level + "] " + message))) {
                Receipt receipt = connector.Refer(record, Path.GetFileName(args[1]), args[2]);
                Console.WriteLine("referral: " + receipt.ReferralId);
                Console.WriteLine("message: " + receipt.MessageId);
                Console.WriteLine("offer: " + receipt.OfferId + " (" + receipt.OfferName + ")");
                Console.WriteLine("receiver: " + receipt.ReceiverId);
                Console.WriteLine("status: " + receipt.Status);
                Console.WriteLine("screen: " + receipt.StatusText);
                if (receipt.Warnings != null)
                    Console.WriteLine("let op: " + receipt.Warnings);
            }
            return 0;
        } catch (DllNotFoundException) {
            Console.Error.WriteLine("his-button: cannot load libbeweegbrug.so.0: install libbeweegbrug0," +
                                    " or name its directory in LD_LIBRARY_PATH");
            return 69;
        } catch (BeweegbrugException e) {
            // What the GP sees: the first problem, and the rest below it.
            Console.Error.WriteLine("refused: " + e.Code + (e.Field != null ? " at " + e.Field : "") +
                                    (e.Line > 0 ? " (" + e.Input + " line " + e.Line + ")" : ""));
            foreach (string problem in e.Problems)
                Console.Error.WriteLine("  " + problem);
            switch (e.Code) {
            case Status.Input:
            case Status.Refused:
            case Status.TooBig:
                return 65;      // fix the record; sending it again unchanged will not help
            case Status.Unavailable:
            case Status.IO:
                return 75;      // try again later
            case Status.Config:
            case Status.NotFound:
                return 78;
            default:
                return 70;
            }
        }
    }
}
