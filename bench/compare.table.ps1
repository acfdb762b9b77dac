# Helpers of bench/compare.ps1 that turn measurements into table rows and the report. Dot-sourced.

function Format-Number([double]$Value) {
    $digits = if ($Value -ge 100) { 0 } elseif ($Value -ge 10) { 1 } elseif ($Value -ge 1) { 2 } else { 3 }
    return $Value.ToString("N$digits", [Globalization.CultureInfo]::InvariantCulture)
}

function Format-Ratio([double]$Value) { return (Format-Number $Value) + ' ×' }

function New-Row([string]$Measurement, [string]$Ours, [string]$Reference, [string]$Ratio, [string]$Aim, $Met) {
    $aimText = if (-not $Aim) { '' } elseif ($null -eq $Met) { $Aim } elseif ($Met) { "${Aim}: met" } else { "${Aim}: missed" }
    return [pscustomobject]@{ Measurement = $Measurement; Ours = $Ours; Reference = $Reference; Ratio = $Ratio; Aim = $aimText }
}

function New-SkippedRow([string]$Measurement, [string]$Why) { return New-Row $Measurement "skipped: $Why" "skipped: $Why" '' '' $null }

# A time (lower is better): the ratio is reference / ours.
function New-TimeRow([string]$Measurement, [double]$Ours, $Reference, $OurTotal, $ReferenceTotal, [string]$Missing, [string]$Aim, $Met) {
    $oursText = Format-Number $Ours
    if ($null -ne $OurTotal) { $oursText += " ($(Format-Number $OurTotal) s)" }
    if ($null -eq $Reference) { return New-Row $Measurement $oursText $Missing '' $Aim $Met }
    $referenceText = Format-Number $Reference
    if ($null -ne $ReferenceTotal) { $referenceText += " ($(Format-Number $ReferenceTotal) s)" }
    return New-Row $Measurement $oursText $referenceText (Format-Ratio ($Reference / $Ours)) $Aim $Met
}

function Get-RequestsPerSecond($Wrk) { return $Wrk.requests / ($Wrk.durationUs / 1e6) }

function Format-WrkTrouble($Wrk) {
    $trouble = @()
    if ($Wrk.timeouts -gt 0) { $trouble += "$($Wrk.timeouts) timed out" }
    $socket = $Wrk.connectErrors + $Wrk.readErrors + $Wrk.writeErrors
    if ($socket -gt 0) { $trouble += "$socket socket errors" }
    return $trouble.Count -gt 0 ? " ($($trouble -join ', '))" : ''
}

# Requests per second (higher is better): the ratio is ours / reference, and the aim is twice the reference.
function New-ThroughputRow([string]$Measurement, $Ours, $Reference) {
    $oursRate = Get-RequestsPerSecond $Ours
    $referenceRate = Get-RequestsPerSecond $Reference
    $oursText = (Format-Number $oursRate) + (Format-WrkTrouble $Ours)
    if ($Reference.requests -eq 0) {
        return New-Row $Measurement $oursText ("0: none answered in $([math]::Round($Reference.durationUs / 1e6)) s" + (Format-WrkTrouble $Reference)) '' '≥ 2 × reference' $true
    }
    $referenceText = (Format-Number $referenceRate) + (Format-WrkTrouble $Reference)
    $ratio = $oursRate / $referenceRate
    return New-Row $Measurement $oursText $referenceText (Format-Ratio $ratio) '≥ 2 × reference' ($ratio -ge 2)
}

# Median latency of one request at a time (lower is better): the ratio is reference / ours. The median, since wrk
# corrects its latency figures for coordinated omission by adding samples for every stall, which moves the mean far more.
function New-LatencyRow([string]$Measurement, $Ours, $Reference, [string]$Aim) {
    $oursMs = $Ours.latencyP50Us / 1000
    $met = if ($Aim) { $oursMs -lt 1 } else { $null }
    $oursText = (Format-Number $oursMs) + " ($($Ours.requests) requests)"
    if ($Reference.requests -eq 0) {
        $seconds = [math]::Round($Reference.durationUs / 1e6)
        return New-Row $Measurement $oursText "> $($seconds * 1000): none answered in $seconds s" '' $Aim $met
    }
    $referenceMs = $Reference.latencyP50Us / 1000
    $how = if ($Reference.Slow) { ', one by one' } else { '' }
    $referenceText = (Format-Number $referenceMs) + " ($($Reference.requests) requests$how)"
    return New-Row $Measurement $oursText $referenceText (Format-Ratio ($referenceMs / $oursMs)) $Aim $met
}

function Get-PackageVersion([string]$PackageJson) {
    if (-not (Test-Path $PackageJson)) { return 'not installed' }
    return (Get-Content -Raw $PackageJson | ConvertFrom-Json).version
}

# The 1, 5 and 15 minute load averages (Linux), to tell a quiet machine from a busy one.
function Get-LoadAverage {
    if (-not (Test-Path /proc/loadavg)) { return 'n/a' }
    return ((Get-Content /proc/loadavg) -split ' ')[0..2] -join ' '
}

function Format-Report($Rows, [string]$PactCli, [string]$Growth, [string]$LoadBefore, $RawLines) {
    $cpu = if (Test-Path /proc/cpuinfo) { (Select-String -Path /proc/cpuinfo -Pattern '^model name\s*:\s*(.+)$' | Select-Object -First 1).Matches[0].Groups[1].Value } else { 'unknown CPU' }
    $modules = Join-Path $PSScriptRoot 'reference/node_modules/@pact-foundation'
    $mockVersion = if ($PactCli) { (& $PactCli mock -v 2>&1 | Select-Object -First 1) -replace '^.*:\s*', '' } else { 'not used' }
    $verifierVersion = if ($PactCli) { (& $PactCli verifier -v 2>&1 | Select-Object -First 1) -replace '^.*:\s*', '' } else { 'not used' }
    $wrkVersion = if (Get-Command wrk -ErrorAction SilentlyContinue) { ((& wrk -v 2>&1 | Select-Object -First 1) -split ' ')[1] } else { 'not installed' }
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("Machine: $cpu, $([Environment]::ProcessorCount) cores, $([System.Runtime.InteropServices.RuntimeInformation]::OSDescription); " +
        ".NET SDK $(& dotnet --version), Node.js $(if (Get-Command node -ErrorAction SilentlyContinue) { & node --version } else { 'not installed' }), wrk $wrkVersion.")
    if ($PactCli) {
        $lines.Add("Reference: @pact-foundation/pact $(Get-PackageVersion "$modules/pact/package.json") " +
            "(pact-core $(Get-PackageVersion "$modules/pact-core/package.json")), " +
            "pact CLI $(Get-PackageVersion (Join-Path $Root 'tools/pact-cli/node_modules/@pact-foundation/pact-cli/package.json')) (pact mock $mockVersion, pact verifier $verifierVersion).")
    }
    else {
        $lines.Add('Reference: not run (the broker rows have none).')
    }
    $lines.Add("Load average (1, 5, 15 min): $LoadBefore before the run, $(Get-LoadAverage) after.")
    $lines.Add('Ratio: reference / ours for times, ours / reference for throughput; above 1 means ContractTesting does better.')
    $lines.Add('')
    $lines.Add('| measurement | ContractTesting | reference | ratio | aim |')
    $lines.Add('|---|---:|---:|---:|---|')
    foreach ($row in $Rows) {
        $lines.Add("| $($row.Measurement) | $($row.Ours) | $($row.Reference) | $($row.Ratio) | $($row.Aim) |")
    }
    if ($Growth) { $lines.Add(''); $lines.Add($Growth) }
    $lines.Add('')
    $lines.Add('Raw measurements, in the order taken:')
    $lines.Add('')
    $lines.Add('```text')
    foreach ($line in $RawLines) { $lines.Add($line) }
    $lines.Add('```')
    return $lines -join "`n"
}
