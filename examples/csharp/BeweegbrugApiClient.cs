// A .NET client of the local HIS API (`beweegbrug api`, docs/openapi.yaml):
// HTTP/1.1 and JSON on the service's Unix socket. Copy this file into the
// HIS; HisApiClient.cs shows each call in use.
//
// Why the HTTP is written here and not left to HttpClient: the API listens
// only on a Unix socket (who may call it is who may open the socket file),
// and neither .NET Framework's nor Mono's HttpClient/HttpWebRequest can
// dial one. On .NET 5 or newer, HttpClient can: give a SocketsHttpHandler a
// ConnectCallback that connects a Socket to a UnixDomainSocketEndPoint, and
// replace Exchange() below with it; the rest of this file stays as it is.
// The exchange here is the smallest correct one for this server: one
// request per connection ("Connection: close"), the answer read to its
// Content-Length.
//
// Built and run by tests/csharp.test with Debian's Mono:
//   mcs -r:System.Runtime.Serialization.dll BeweegbrugApiClient.cs HisApiClient.cs
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;

namespace Beweegbrug.Api
{
    // ---- the answers, as docs/openapi.yaml describes them -------------------

    [DataContract]
    public sealed class Receipt
    {
        [DataMember(Name = "referral_id")] public string ReferralId { get; set; }
        [DataMember(Name = "message_id")] public string MessageId { get; set; }
        [DataMember(Name = "offer_id")] public string OfferId { get; set; }
        [DataMember(Name = "offer_name")] public string OfferName { get; set; }
        [DataMember(Name = "destination")] public string Destination { get; set; }
        [DataMember(Name = "receiver_name")] public string ReceiverName { get; set; }
        /// <summary>queued, retrying, delivered or failed.</summary>
        [DataMember(Name = "state")] public string State { get; set; }
        /// <summary>One Dutch line for the HIS screen.</summary>
        [DataMember(Name = "status_text")] public string StatusText { get; set; }
        [DataMember(Name = "warnings")] public string Warnings { get; set; }
        [DataMember(Name = "last_error")] public string LastError { get; set; }
    }

    [DataContract]
    public sealed class Feedback
    {
        [DataMember(Name = "message_id")] public string MessageId { get; set; }
        [DataMember(Name = "kind")] public string Kind { get; set; }
        [DataMember(Name = "sender")] public string Sender { get; set; }
        [DataMember(Name = "status")] public string Status { get; set; }
        [DataMember(Name = "state")] public string State { get; set; }
        /// <summary>Seconds since the epoch.</summary>
        [DataMember(Name = "received")] public long Received { get; set; }
    }

    [DataContract]
    public sealed class ReferralState
    {
        [DataMember(Name = "message_id")] public string MessageId { get; set; }
        [DataMember(Name = "referral_id")] public string ReferralId { get; set; }
        [DataMember(Name = "destination")] public string Destination { get; set; }
        /// <summary>pending, delivered or failed.</summary>
        [DataMember(Name = "state")] public string State { get; set; }
        [DataMember(Name = "attempts")] public int Attempts { get; set; }
        [DataMember(Name = "created")] public long Created { get; set; }
        [DataMember(Name = "next_attempt")] public long NextAttempt { get; set; }
        [DataMember(Name = "last_error")] public string LastError { get; set; }
        /// <summary>The feedback received for the referral, oldest first.</summary>
        [DataMember(Name = "history")] public Feedback[] History { get; set; }
    }

    [DataContract]
    public sealed class Suggestion
    {
        [DataMember(Name = "rank")] public int Rank { get; set; }
        [DataMember(Name = "score")] public int Score { get; set; }
        [DataMember(Name = "id")] public string Id { get; set; }
        [DataMember(Name = "name")] public string Name { get; set; }
        [DataMember(Name = "kind")] public string Kind { get; set; }
        [DataMember(Name = "organization")] public string Organization { get; set; }
        [DataMember(Name = "town")] public string Town { get; set; }
        [DataMember(Name = "when")] public string When { get; set; }
        /// <summary>The destination that takes it electronically; null: refer by phone.</summary>
        [DataMember(Name = "destination")] public string Destination { get; set; }
        [DataMember(Name = "contact")] public string Contact { get; set; }
        /// <summary>The reasons it fits, one per line.</summary>
        [DataMember(Name = "why")] public string Why { get; set; }
    }

    [DataContract]
    internal sealed class Suggestions
    {
        [DataMember(Name = "offers")] public Suggestion[] Offers { get; set; }
    }

    [DataContract]
    public sealed class JournalEntry
    {
        /// <summary>The entry's name (NNNN-REFERRAL-STATUS.EXT): recognise a re-offered entry by it.</summary>
        [DataMember(Name = "id")] public string Id { get; set; }
        [DataMember(Name = "sequence")] public long Sequence { get; set; }
        [DataMember(Name = "referral_id")] public string ReferralId { get; set; }
        [DataMember(Name = "status")] public string Status { get; set; }
        /// <summary>The HIS adapter's form: application/xml, x-application/hl7-v2+er7, application/fhir+json.</summary>
        [DataMember(Name = "content_type")] public string ContentType { get; set; }
        /// <summary>The journal entry plus measurements, ready to file.</summary>
        [DataMember(Name = "entry")] public string Entry { get; set; }
    }

    [DataContract]
    public sealed class JournalPage
    {
        [DataMember(Name = "entries")] public JournalEntry[] Entries { get; set; }
        /// <summary>Ask with since=Cursor for what is newer.</summary>
        [DataMember(Name = "cursor")] public long Cursor { get; set; }
    }

    [DataContract]
    internal sealed class Acknowledged
    {
        [DataMember(Name = "id")] public string Id { get; set; }
        [DataMember(Name = "acknowledged")] public bool Value { get; set; }
    }

    [DataContract]
    internal sealed class Problem
    {
        [DataMember(Name = "status")] public int Status { get; set; }
        [DataMember(Name = "detail")] public string Detail { get; set; }
        [DataMember(Name = "field")] public string Field { get; set; }
        [DataMember(Name = "source")] public string Source { get; set; }
        [DataMember(Name = "line")] public int Line { get; set; }
        [DataMember(Name = "errors")] public string[] Errors { get; set; }
    }

    /// <summary>
    /// The API refused a request (application/problem+json): the HTTP status,
    /// the first problem in the CLI's words, the field at fault and every
    /// problem. 422: the record is refused (fix it); 503: cannot store now
    /// (retry); 400/404/413/415: the request itself is wrong.
    /// </summary>
    public class BeweegbrugApiException : Exception
    {
        public int Status { get; private set; }
        public string Field { get; private set; }
        public int Line { get; private set; }
        public string[] Problems { get; private set; }

        public BeweegbrugApiException(int status, string detail, string field, int line, string[] problems)
            : base(detail)
        {
            Status = status;
            Field = field;
            Line = line;
            Problems = problems ?? new[] { detail };
        }

        /// <summary>Worth sending again later, unchanged.</summary>
        public bool IsTransient { get { return Status == 503; } }
    }

    /// <summary>The local HIS API: one instance per socket; thread-safe (each call its own connection).</summary>
    public sealed class BeweegbrugApiClient
    {
        private readonly string socketPath;

        /// <summary>Seconds a call may take (a long poll adds its own wait).</summary>
        public int TimeoutSeconds { get; set; }

        public BeweegbrugApiClient(string socketPath)
        {
            this.socketPath = socketPath;
            TimeoutSeconds = 60;
        }

        /// <summary>
        /// Queue a referral: the record as the HIS exports it, read by the
        /// adapter its media type names (application/xml: the HIS XML,
        /// x-application/hl7-v2+er7: a REF^I12, application/fhir+json or +xml).
        /// The receipt comes once the message is on disk; the same record
        /// again answers the first message's receipt.
        /// </summary>
        public Receipt Refer(byte[] record, string mediaType, string offerId)
        {
            string path = "/referrals" + Query("offer", offerId);
            return Call<Receipt>("POST", path, record, mediaType, 201, 0);
        }

        /// <summary>A referral's state and the feedback received, by message or referral id.</summary>
        public ReferralState GetReferral(string id)
        {
            return Call<ReferralState>("GET", "/referrals/" + Uri.EscapeDataString(id), null, null, 200, 0);
        }

        /// <summary>The beweegkaart's suggestions for ICPC reasons ("T90,K86"), age and postcode, best first.</summary>
        public Suggestion[] GetOffers(string reasons, int age, string postcode, int top = 5)
        {
            string query = Query("reason", reasons) + "&age=" + age.ToString(CultureInfo.InvariantCulture) +
                           "&postcode=" + Uri.EscapeDataString(postcode) +
                           "&top=" + top.ToString(CultureInfo.InvariantCulture);
            return Call<Suggestions>("GET", "/offers" + query, null, null, 200, 0).Offers;
        }

        /// <summary>
        /// The journal entries not yet acknowledged after `since` (0: all);
        /// waits up to waitSeconds (at most 30) for one when there is none.
        /// </summary>
        public JournalPage GetJournal(long since, int waitSeconds)
        {
            string path = "/journal?since=" + since.ToString(CultureInfo.InvariantCulture) +
                          "&timeout=" + waitSeconds.ToString(CultureInfo.InvariantCulture);
            return Call<JournalPage>("GET", path, null, null, 200, waitSeconds);
        }

        /// <summary>The HIS has filed the entry: it is never offered again. Call only after filing.</summary>
        public void Acknowledge(string entryId)
        {
            var ack = Call<Acknowledged>("POST", "/journal/" + Uri.EscapeDataString(entryId) + "/ack",
                                         new byte[0], null, 200, 0);
            if (!ack.Value || ack.Id != entryId)
                throw new InvalidDataException("beweegbrug api did not acknowledge " + entryId);
        }

        // ---- the HTTP exchange ------------------------------------------------

        private static string Query(string name, string value)
        {
            return "?" + name + "=" + Uri.EscapeDataString(value ?? "");
        }

        private T Call<T>(string method, string path, byte[] body, string mediaType, int expected, int wait)
        {
            string contentType;
            byte[] answer;
            int status = Exchange(method, path, body, mediaType, TimeoutSeconds + wait,
                                  out contentType, out answer);
            if (status >= 400) {
                Problem p = null;
                if (contentType.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase))
                    p = FromJson<Problem>(answer);
                if (p == null || p.Detail == null)
                    throw new BeweegbrugApiException(status, "HTTP " + status, null, 0, null);
                throw new BeweegbrugApiException(status, p.Detail, p.Field, p.Line, p.Errors);
            }
            if (status != expected)
                throw new InvalidDataException(method + " " + path + ": unexpected HTTP " + status);
            return FromJson<T>(answer);
        }

        private static T FromJson<T>(byte[] json)
        {
            var serializer = new DataContractJsonSerializer(typeof(T));
            using (var stream = new MemoryStream(json))
                return (T)serializer.ReadObject(stream);
        }

        // One request on its own connection; returns the HTTP status.
        private int Exchange(string method, string path, byte[] body, string mediaType, int timeoutSeconds,
                             out string contentType, out byte[] answer)
        {
            using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)) {
                socket.ReceiveTimeout = socket.SendTimeout = timeoutSeconds * 1000;
                socket.Connect(new UnixDomainSocketEndPoint(socketPath));
                using (var stream = new NetworkStream(socket, false)) {
                    var head = new StringBuilder();
                    head.Append(method).Append(' ').Append(path).Append(" HTTP/1.1\r\n");
                    head.Append("Host: localhost\r\nConnection: close\r\nAccept: application/json\r\n");
                    if (body != null) {
                        if (mediaType != null)
                            head.Append("Content-Type: ").Append(mediaType).Append("\r\n");
                        head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture))
                            .Append("\r\n");
                    }
                    head.Append("\r\n");
                    byte[] headBytes = Encoding.ASCII.GetBytes(head.ToString());
                    stream.Write(headBytes, 0, headBytes.Length);
                    if (body != null && body.Length > 0)
                        stream.Write(body, 0, body.Length);
                    stream.Flush();
                    using (var reader = new BufferedStream(stream))
                        return ReadResponse(reader, out contentType, out answer);
                }
            }
        }

        private static int ReadResponse(Stream stream, out string contentType, out byte[] answer)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string statusLine = ReadLine(stream);
            string[] parts = statusLine.Split(' ');
            int status;
            if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.", StringComparison.Ordinal) ||
                !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out status))
                throw new InvalidDataException("not an HTTP answer: " + statusLine);
            for (string line; (line = ReadLine(stream)).Length > 0;) {
                int colon = line.IndexOf(':');
                if (colon > 0)
                    headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
            string length;
            long n;
            if (!headers.TryGetValue("Content-Length", out length) ||
                !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out n) ||
                n > 64L * 1024 * 1024)
                throw new InvalidDataException("an answer without a usable Content-Length");
            answer = new byte[n];
            for (int got = 0, r; got < n; got += r)
                if ((r = stream.Read(answer, got, (int)n - got)) == 0)
                    throw new EndOfStreamException("the answer ended after " + got + " of " + n + " bytes");
            if (!headers.TryGetValue("Content-Type", out contentType))
                contentType = "";
            return status;
        }

        // A header line, without its CRLF; at most 16 KiB.
        private static string ReadLine(Stream stream)
        {
            var line = new List<byte>();
            for (;;) {
                int b = stream.ReadByte();
                if (b < 0)
                    throw new EndOfStreamException("the connection closed in the answer's head");
                if (b == '\n')
                    break;
                if (line.Count > 16384)
                    throw new InvalidDataException("an answer header line over 16 KiB");
                line.Add((byte)b);
            }
            if (line.Count > 0 && line[line.Count - 1] == '\r')
                line.RemoveAt(line.Count - 1);
            return Encoding.ASCII.GetString(line.ToArray());
        }
    }
}
