# The provider-verification rows of bench/compare.ps1. Dot-sourced; uses $PactCli, $Work and $RawLines from the
# calling script and the helpers of compare.processes.ps1 and compare.table.ps1.

# Builds bench/ContractTesting.VerifierBench in Release; returns the path of its DLL.
function Build-VerifierBench {
    Write-Host 'Building bench/ContractTesting.VerifierBench (Release)...'
    & dotnet build (Join-Path $PSScriptRoot 'ContractTesting.VerifierBench') -c Release --nologo -v quiet | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "Building ContractTesting.VerifierBench failed ($LASTEXITCODE); run 'dotnet build bench/ContractTesting.VerifierBench -c Release' to see why." }
    return Join-Path $PSScriptRoot 'ContractTesting.VerifierBench/bin/Release/net10.0/ContractTesting.VerifierBench.dll'
}

# One fresh VerifierBench process per size: our verifier over HTTP and in memory, then the reference `pact verifier`
# against the same provider, back to back. VerifierBench fails (and so the run) unless each finished verification
# passed every interaction with its state set up and torn down. Returns one measurement per size, in order
# (interactions, ours, reference: what VerifierBench printed).
function Measure-Verifications([string]$Bench, [int[]]$Sizes, [int]$ReferenceLimit) {
    $results = [System.Collections.Generic.List[object]]::new()
    foreach ($n in $Sizes) {
        Write-Host "Provider verification of $n interactions: ContractTesting (over HTTP, in memory), then the reference (at most $ReferenceLimit s)..."
        $load = Get-LoadAverage
        $results.Add((Invoke-Json dotnet $Bench verify $n (Join-Path $Work "verify-$n") $PactCli $ReferenceLimit))
        $script:RawLines.Add("load average (1, 5, 15 min) around the verification of $n`: $load before, $(Get-LoadAverage) after")
    }
    return $results
}

function Format-Seconds($Run) { return (Format-Number $Run.Seconds) + ' s' }

# Three rows per size: over HTTP with states through the state-change URL (what the reference does), in memory with
# in-process states, and over HTTP with in-process states. The ratio is reference / ours, from our first run.
function New-VerificationRows($Results) {
    $rows = [System.Collections.Generic.List[object]]::new()
    $thousand = $Results | Where-Object interactions -eq 1000 | Select-Object -First 1
    foreach ($result in $Results) {
        $n = [int]$result.interactions
        $ours = $result.ours
        $reference = $result.reference
        $label = "provider verification, $('{0:N0}' -f $n) interactions"
        $referenceText = if ($reference.finished) { Format-Seconds $reference } else {
            "did not finish in $($reference.limitSeconds) s ($('{0:N0}' -f $reference.statesSetUp) of $('{0:N0}' -f $n) states set up)"
        }

        $httpAim, $httpMet = '', $null
        if ($n -eq 1000) { $httpAim, $httpMet = '< 1 s', ($ours.httpFirst.Seconds -lt 1) }
        if ($n -gt 1000 -and $thousand) {
            # Linear: no more time per interaction than at 1,000 (a quarter more allowed for noise).
            $perInteraction = $ours.httpFirst.Seconds / $n
            $atThousand = $thousand.ours.httpFirst.Seconds / 1000
            $httpAim, $httpMet = 'linear from 1,000', ($perInteraction -le 1.25 * $atThousand)
        }

        $rows.Add((New-Row "$label, over HTTP, states through the state-change URL (s: first run in a fresh process; again)" `
            "$(Format-Seconds $ours.httpFirst) (again $(Format-Seconds $ours.http))" $referenceText (Get-VerificationRatio $reference $ours.httpFirst) $httpAim $httpMet))
        $rows.Add((New-Row "$label, in memory, states in process (s: first in memory; again)" `
            "$(Format-Seconds $ours.memoryFirst) (again $(Format-Seconds $ours.memory))" "$referenceText (over HTTP)" (Get-VerificationRatio $reference $ours.memoryFirst) `
            'faster than over HTTP' ($ours.memory.Seconds -lt $ours.http.Seconds)))
        $rows.Add((New-Row "$label, over HTTP, states in process (s, warm)" (Format-Seconds $ours.httpInProcessStates) '' '' '' $null))
    }
    return $rows
}

function Get-VerificationRatio($Reference, $Ours) {
    if ($Reference.finished) { return Format-Ratio ($Reference.seconds / $Ours.Seconds) }
    return '> ' + (Format-Ratio ($Reference.limitSeconds / $Ours.Seconds))
}

# How the verification time grows with the pact (the factor the sizes grow by is linear).
function Format-VerificationGrowth($Results) {
    $parts = for ($i = 1; $i -lt $Results.Count; $i++) {
        $small, $large = $Results[$i - 1], $Results[$i]
        $first = $large.ours.httpFirst.Seconds / $small.ours.httpFirst.Seconds
        $again = $large.ours.http.Seconds / $small.ours.http.Seconds
        $memory = $large.ours.memory.Seconds / $small.ours.memory.Seconds
        $text = '{0:N0} to {1:N0} interactions ({2:N0} = linear): ContractTesting over HTTP {3:N1} (first runs), {4:N1} (again), in memory {5:N1} (again)' -f `
            $small.interactions, $large.interactions, ($large.interactions / $small.interactions), $first, $again, $memory
        if ($small.reference.finished -and $large.reference.finished) {
            $text += '; reference {0:N1}' -f ($large.reference.seconds / $small.reference.seconds)
        }
        $text
    }
    if (-not $parts) { return '' }
    return "Growth of the verification time: $($parts -join '; ')."
}
