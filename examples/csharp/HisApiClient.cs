// A .NET HIS's side of the local API (BeweegbrugApiClient.cs), one call
// per command, as a HIS makes them:
//
//   mono his-api-client.exe SOCKET refer OFFER RECORD.xml   queue a referral, show the receipt
//   mono his-api-client.exe SOCKET refer-canonical OFFER REFERRAL.json
//       the same for the canonical fields as JSON (docs/canonical-json.md)
//   mono his-api-client.exe SOCKET status ID                a referral's state and history
//   mono his-api-client.exe SOCKET offers REASONS AGE PC    the beweegkaart's suggestions
//   mono his-api-client.exe SOCKET file-journal DIR [SECONDS]
//       file every journal entry not yet filed into DIR (this example's
//       "patient record"), then acknowledge it; waits up to SECONDS (long
//       poll) when there is none.
//
// Filing before acknowledging is what makes the journal lossless: a crash
// between the two offers the entry again, and the HIS recognises it by its id.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using Beweegbrug.Api;

static class HisApiClient
{
    static int Main(string[] args)
    {
        if (args.Length < 2)
            return Usage();
        var api = new BeweegbrugApiClient(args[0]);
        try {
            switch (args[1]) {
            case "refer":
                if (args.Length != 4)
                    return Usage();
                Refer(api, args[2], args[3]);
                return 0;
            case "refer-canonical":
                if (args.Length != 4)
                    return Usage();
                ReferCanonical(api, args[2], args[3]);
                return 0;
            case "status":
                if (args.Length != 3)
                    return Usage();
                Status(api, args[2]);
                return 0;
            case "offers":
                if (args.Length != 5)
                    return Usage();
                Offers(api, args[2], int.Parse(args[3]), args[4]);
                return 0;
            case "file-journal":
                if (args.Length != 3 && args.Length != 4)
                    return Usage();
                FileJournal(api, args[2], args.Length == 4 ? int.Parse(args[3]) : 0);
                return 0;
            default:
                return Usage();
            }
        } catch (BeweegbrugApiException e) {
            // the same text the command-line tool prints, one problem a line
            Console.Error.WriteLine("HTTP " + e.Status + (e.Field != null ? " at " + e.Field : ""));
            foreach (string problem in e.Problems)
                Console.Error.WriteLine("beweegbrug: " + problem);
            return e.IsTransient ? 75 : 65;
        } catch (SocketException e) {
            Console.Error.WriteLine("beweegbrug api: " + args[0] + ": " + e.Message);
            return 69;
        } catch (IOException e) {
            Console.Error.WriteLine("beweegbrug api: " + e.Message);
            return 69;
        }
    }

    static int Usage()
    {
        Console.Error.WriteLine("usage: his-api-client.exe SOCKET refer OFFER RECORD.xml |" +
                                " refer-canonical OFFER REFERRAL.json | status ID |" +
                                " offers REASONS AGE POSTCODE | file-journal DIR [SECONDS]");
        return 64;
    }

    // The canonical fields as JSON (docs/canonical-json.md): what a HIS sends
    // when it fills the referral itself instead of exporting a record.
    static void ReferCanonical(BeweegbrugApiClient api, string offer, string documentFile)
    {
        PrintReceipt(api.Refer(File.ReadAllBytes(documentFile),
                               "application/vnd.beweegbrug.referral+json", offer));
    }

    static void Refer(BeweegbrugApiClient api, string offer, string recordFile)
    {
        PrintReceipt(api.Refer(File.ReadAllBytes(recordFile), "application/xml", offer));
    }

    static void PrintReceipt(Receipt r)
    {
        Console.WriteLine("referral: " + r.ReferralId);
        Console.WriteLine("message: " + r.MessageId);
        Console.WriteLine("destination: " + r.Destination);
        Console.WriteLine("state: " + r.State);
        Console.WriteLine("screen: " + r.StatusText);
        if (r.Warnings != null)
            Console.WriteLine("let op: " + r.Warnings);
    }

    static void Status(BeweegbrugApiClient api, string id)
    {
        ReferralState s = api.GetReferral(id);
        Console.WriteLine("message: " + s.MessageId);
        Console.WriteLine("referral: " + s.ReferralId);
        Console.WriteLine("destination: " + s.Destination);
        Console.WriteLine("state: " + s.State);
        Console.WriteLine("attempts: " + s.Attempts);
        foreach (Feedback f in s.History)
            Console.WriteLine("feedback: " + f.Status + " from " + f.Sender + " (" + f.MessageId + ")");
    }

    static void Offers(BeweegbrugApiClient api, string reasons, int age, string postcode)
    {
        foreach (Suggestion o in api.GetOffers(reasons, age, postcode, 3)) {
            Console.WriteLine(o.Rank + ". " + o.Name + " [" + o.Id + "]" +
                              (o.Destination == null ? " (by phone)" : " -> " + o.Destination));
            foreach (string why in o.Why.Split('\n'))
                Console.WriteLine("   - " + why);
        }
    }

    static void FileJournal(BeweegbrugApiClient api, string dossier, int waitSeconds)
    {
        JournalPage page = api.GetJournal(0, waitSeconds);
        foreach (JournalEntry e in page.Entries) {
            string target = Path.Combine(dossier, Path.GetFileName(e.Id));
            if (!File.Exists(target)) {         // filed before a crash: do not file twice
                string tmp = target + ".tmp";
                using (var f = new FileStream(tmp, FileMode.Create, FileAccess.Write)) {
                    byte[] bytes = Encoding.UTF8.GetBytes(e.Entry);
                    f.Write(bytes, 0, bytes.Length);
                    f.Flush(true);              // on disk before the acknowledgement
                }
                File.Move(tmp, target);
            }
            api.Acknowledge(e.Id);
            Console.WriteLine("filed " + e.Id + " (" + e.ReferralId + ", " + e.Status + ")");
        }
        Console.WriteLine("cursor: " + page.Cursor);
    }
}
