using System.Globalization;
using System.Text;
using System.Xml;

namespace ContractTesting.Verification.Reports;

/// <summary>Writes a verification as JUnit XML (see <see cref="VerificationReportFormat.JUnit"/>).</summary>
internal static class JUnitReport
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static string Render(VerificationResult result)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            Write(xml, result);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Write(XmlWriter xml, VerificationResult result)
    {
        var counts = ReportCounts.Of(result);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", XmlText.Clean($"Verification of {result.Provider}"));
        WriteCounts(xml, counts, result.Errors.Count > 0 ? 1 : 0);
        var names = UniqueNames.Of(result.Pacts.Select(p => VerificationText.Parties(p.Source.Pact)));
        for (var i = 0; i < result.Pacts.Count; i++)
        {
            WriteSuite(xml, result.Pacts[i], names[i]);
        }

        if (result.Errors.Count > 0 || result.Warnings.Count > 0)
        {
            WriteRunSuite(xml, result);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter xml, PactVerificationResult pact, string name)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(name));
        WriteCounts(xml, ReportCounts.Of(pact), 0);
        xml.WriteStartElement("properties");
        WriteProperty(xml, "consumer", pact.Source.Pact.Consumer.Name);
        WriteProperty(xml, "provider", pact.Source.Pact.Provider.Name);
        WriteProperty(xml, "origin", pact.Source.Origin);
        WriteProperty(xml, "pending", pact.Source.Pending ? "true" : "false");
        WriteProperty(xml, "workInProgress", pact.Source.WorkInProgress ? "true" : "false");
        WriteProperty(xml, "filteredOut", pact.FilteredOut.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        var titles = UniqueNames.Of(pact.Interactions.Select(i => VerificationText.Title(i.Interaction)));
        for (var i = 0; i < pact.Interactions.Count; i++)
        {
            WriteCase(xml, pact.Interactions[i], titles[i], name);
        }

        if (pact.Source.Notices.Count > 0)
        {
            xml.WriteElementString("system-out", XmlText.Clean(string.Join("\n", pact.Source.Notices)));
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, InteractionResult result, string title, string suite)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", XmlText.Clean(title));
        xml.WriteAttributeString("classname", XmlText.Clean(suite));
        xml.WriteAttributeString("time", Seconds(result.Duration.TotalSeconds));
        var details = string.Join("\n", VerificationText.Details(result));
        var output = result.Warnings.Select(w => "warning: " + w).ToList();
        if (result.Status == InteractionStatus.Failed && result.Pending)
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", XmlText.Line("Pending interaction failed; it does not fail the verification: " + FirstProblem(result)));
            xml.WriteEndElement();
            output.Add(details);
        }
        else if (result.Status == InteractionStatus.Failed)
        {
            xml.WriteStartElement(result.Errors.Count > 0 ? "error" : "failure");
            xml.WriteAttributeString("message", XmlText.Line(FirstProblem(result)));
            xml.WriteAttributeString("type", result.Errors.Count > 0 ? "VerificationError" : "Mismatch");
            xml.WriteString(XmlText.Clean(details));
            xml.WriteEndElement();
        }

        if (output.Count > 0)
        {
            xml.WriteElementString("system-out", XmlText.Clean(string.Join("\n", output)));
        }

        xml.WriteEndElement();
    }

    private static void WriteRunSuite(XmlWriter xml, VerificationResult result)
    {
        var name = XmlText.Clean($"{result.Provider}: verification run");
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        var errors = result.Errors.Count > 0 ? 1 : 0;
        xml.WriteAttributeString("tests", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", "0");
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", Seconds(0));
        if (errors > 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", "verification run");
            xml.WriteAttributeString("classname", name);
            xml.WriteAttributeString("time", Seconds(0));
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", XmlText.Line(result.Errors[0]));
            xml.WriteAttributeString("type", "VerificationError");
            xml.WriteString(XmlText.Clean(string.Join("\n", result.Errors)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (result.Warnings.Count > 0)
        {
            xml.WriteElementString("system-out", XmlText.Clean(string.Join("\n", result.Warnings.Select(w => "warning: " + w))));
        }

        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, ReportCounts counts, int runErrors)
    {
        xml.WriteAttributeString("tests", (counts.Interactions + runErrors).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", (counts.Failed - counts.Errored).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", (counts.Errored + runErrors).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", counts.PendingFailed.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", Seconds(counts.Seconds));
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private static string FirstProblem(InteractionResult result)
    {
        var problems = result.Errors.Count + result.Mismatches.Count;
        var first = (result.Errors.Count > 0 ? result.Errors[0] : result.Mismatches.Count > 0 ? result.Mismatches[0].ToString() : "failed").ReplaceLineEndings(" ");
        return problems > 1 ? string.Create(CultureInfo.InvariantCulture, $"{first} (and {problems - 1} more)") : first;
    }

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
