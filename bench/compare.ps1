<#
.SYNOPSIS
    Consumer-side and provider-verification benchmarks of ContractTesting beside the reference Pact implementation,
    in one run, with ratios; and the broker's latency and throughput with a long history (no reference run).

.DESCRIPTION
    Runs each measurement through ContractTesting (bench/ContractTesting.ConsumerBench, Release) and through the
    reference implementation (@pact-foundation/pact from npm, pinned in bench/reference, and the `pact mock` server of
    the reference CLI pinned in tools/pact-cli), one after the other on this machine, and prints a Markdown table.

      consumer suite, N interactions  N consumer tests run one after another, one interaction each: define it, start a
                                      mock server, call it with the language's usual HTTP client, verify, and write the
                                      pact file. Time from the first test to the complete pact file, divided by N.
                                      The reference runs PactV4.executeTest (bench/reference/consumer-suite.mjs).
      ..., port-less mock server      The same suite, ours only: the mock server answers through its in-memory
                                      handler (MockServerOptions.UseKestrel = false), so no socket is opened.
      mock server start               Median of 200 starts of a one-interaction mock server on 127.0.0.1 with a free
                                      port, after 20 warm-up starts: MockServer.StartAsync until it returns, and the
                                      native core's create-mock-server call (what PactV4 runs) until it returns the
                                      bound port (bench/reference/mock-start.mjs).
      start + first answer            The same start plus one GET answered over a new connection, written and read on a
                                      raw socket, so neither language's HTTP client is in the figure.
      throughput, N interactions      `wrk -t2 -c16 -d10s` on the URL of the pact's last interaction (GET /users/N-1
                                      with Accept: application/json), served from the pact file that ConsumerBench
                                      `pact N` writes: by ConsumerBench `serve` for ours, by `pact mock start` +
                                      `pact mock create` for the reference. Every request must be answered 200.
      per request, N interactions     Median latency of `wrk -t1 -c1 -d5s` (one request at a time) on the same URL.
                                      A server that answers nothing within those 5 s is timed instead on 3 requests
                                      sent one after another with .NET's HttpClient (median), on a fresh server.

      provider verification, N        A generated V4 pact of N interactions (GET /users/{i}, each given the provider
                                      state "a user exists" with parameters, a JSON answer under integer, type, regex,
                                      min-type and datetime rules) verified against one local provider (a small
                                      ASP.NET Core app on Kestrel, 127.0.0.1, whose states are set through the library's
                                      ready-made state-change endpoint), by ContractTesting.VerifierBench: our verifier
                                      over HTTP with states through the state-change URL (the first run in the process,
                                      so the JIT's work is in it, then again), in memory (the same app on an in-memory
                                      test server, states in process), over HTTP with states in process; then the
                                      reference `pact verifier --state-change-url ... --state-change-teardown`, stopped
                                      after -ReferenceVerifierLimit seconds. Each finished run must pass every
                                      interaction with its state set up and torn down, or the run fails.

      broker on SQLite / PostgreSQL   bench/ContractTesting.BrokerBench starts the broker on 127.0.0.1 with a new database,
                                      seeds a long history through the broker's own stores in one transaction
                                      (-BrokerHistory full: 50 pacticipants, 100,000 versions, 200,000 verification
                                      results, branches, tags, deployments and releases), then measures over HTTP, one
                                      request at a time: POST pacts for verification (mainBranch, deployedOrReleased,
                                      matchingBranch; pending and WIP) and GET /matrix as `pact broker can-i-deploy`
                                      sends it (one selector to production; two selectors), p50 and p95 of 300 after 30
                                      warm-up requests; then POST /contracts/publish one at a time and from 8 clients.
                                      PostgreSQL needs CONTRACTTESTING_POSTGRES. The reference broker (Ruby) is not run.

    Each server measurement starts a fresh server process. Ours gets a 3 s wrk warm-up first (the JIT compiles the
    request path); the reference is native code and gets none. wrk's request timeout is raised to 30 s so that slow
    answers are counted rather than dropped. Ratios are reference / ours for times and ours / reference for
    throughput, so a ratio above 1 always means ContractTesting does better.

    The reference's suite grows quadratically (it re-merges the whole pact file after every test), so suites larger
    than -ReferenceMaxInteractions are not run through it; the table says so.

    Needs: the .NET SDK, Node.js with npm, and wrk (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk).
    Without wrk the throughput and per-request rows are skipped with a note. npm packages are installed with `npm ci`.

.PARAMETER Suites
    The suite sizes (interactions). Defaults to 100, 1000 and 10000.

.PARAMETER ReferenceMaxInteractions
    The largest suite run through the reference. Defaults to 1000 (about a minute; 10,000 would take hours).

.PARAMETER Verifications
    The pact sizes (interactions) of the provider-verification rows. Defaults to 100, 1000 and 5000.

.PARAMETER ReferenceVerifierLimit
    How long the reference `pact verifier` may take on one pact before it is stopped and reported as not finished.
    Defaults to 120 seconds (it takes about 40 s for 1,000 interactions on a quiet 2-core machine).

.PARAMETER Part
    All (the default), Consumer (the consumer-side rows only), Verifier (the provider-verification rows only) or
    Broker (the broker rows only; they need neither Node.js nor wrk).

.PARAMETER BrokerHistory
    The history the broker rows seed: full (50 pacticipants, 100,000 versions, 200,000 verification results; the
    default, about 10 to 20 minutes of seeding per database on 2 cores) or smoke (10, 2,000 and 4,000; a minute).

.PARAMETER ResultsFile
    Also write the Markdown table (with the machine description) to this file.

.EXAMPLE
    dotnet tool restore; dotnet pwsh ./bench/compare.ps1
#>
[CmdletBinding()]
param(
    [int[]]$Suites = @(100, 1000, 10000),
    [int]$ReferenceMaxInteractions = 1000,
    [int[]]$Verifications = @(100, 1000, 5000),
    [int]$ReferenceVerifierLimit = 120,
    [ValidateSet('All', 'Consumer', 'Verifier', 'Broker')]
    [string]$Part = 'All',
    [ValidateSet('full', 'smoke')]
    [string]$BrokerHistory = 'full',
    [string]$ResultsFile
)

$ErrorActionPreference = 'Stop'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:PACT_DO_NOT_TRACK = 'true'

$Root = Split-Path -Parent $PSScriptRoot
$ReferenceDir = Join-Path $PSScriptRoot 'reference'
$WrkScript = Join-Path $PSScriptRoot 'wrk-report.lua'
$StartSamples = 200

. (Join-Path $PSScriptRoot 'compare.processes.ps1')
. (Join-Path $PSScriptRoot 'compare.table.ps1')
. (Join-Path $PSScriptRoot 'compare.verifier.ps1')
. (Join-Path $PSScriptRoot 'compare.broker.ps1')
$Consumer = $Part -in 'All', 'Consumer'
$Verifier = $Part -in 'All', 'Verifier'
$Broker = $Part -in 'All', 'Broker'

# --- Set-up --------------------------------------------------------------------------------------------------------

foreach ($tool in @(if ($Consumer -or $Verifier) { 'node', 'npm' })) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "$tool is needed to run the reference implementation: install Node.js (with npm) and run this script again."
    }
}

if ($Consumer) { Install-NpmFolder $ReferenceDir }
$PactCli = $null
if ($Consumer -or $Verifier) {
    Install-NpmFolder (Join-Path $Root 'tools/pact-cli')
    $PactCli = Get-ReferencePactCli
}

$Wrk = Get-Command wrk -ErrorAction SilentlyContinue
if ($Consumer -and -not $Wrk) {
    Write-Warning ("wrk is not installed, so the throughput and per-request rows are skipped. Install it and run again: " +
        "Debian/Ubuntu 'sudo apt-get install -y wrk', macOS 'brew install wrk', elsewhere build it from its sources (it is a small C program).")
}

if ($Consumer) {
    Write-Host 'Building bench/ContractTesting.ConsumerBench (Release)...'
    & dotnet build (Join-Path $PSScriptRoot 'ContractTesting.ConsumerBench') -c Release --nologo -v quiet | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "Building ContractTesting.ConsumerBench failed ($LASTEXITCODE); run 'dotnet build bench/ContractTesting.ConsumerBench -c Release' to see why." }
    $ConsumerBench = Join-Path $PSScriptRoot 'ContractTesting.ConsumerBench/bin/Release/net10.0/ContractTesting.ConsumerBench.dll'
}
$VerifierBench = if ($Verifier) { Build-VerifierBench }
$BrokerBench = if ($Broker) { Build-BrokerBench }

$LoadBefore = Get-LoadAverage
$Work = Join-Path ([IO.Path]::GetTempPath()) ("contracttesting-bench-" + [Guid]::NewGuid().ToString('N').Substring(0, 8))
New-Item -ItemType Directory -Path $Work | Out-Null
$Rows = [System.Collections.Generic.List[object]]::new()
$RawLines = [System.Collections.Generic.List[string]]::new()

try {
    $growth = ''
    if ($Consumer) {
        # --- Consumer suites -----------------------------------------------------------------------------------------
        $ourTotal = @{}
        $referenceTotal = @{}
        foreach ($n in $Suites) {
            Write-Host "Consumer suite of $n interactions: ContractTesting..."
            $ours = Invoke-Json dotnet $ConsumerBench suite $n (Join-Path $Work "ours-$n")
            Assert-PactInteractions (Join-Path $Work "ours-$n") $n
            $ourTotal[$n] = $ours.seconds
            $reference = $null
            if ($n -le $ReferenceMaxInteractions) {
                Write-Host "Consumer suite of $n interactions: reference..."
                $reference = Invoke-Json node (Join-Path $ReferenceDir 'consumer-suite.mjs') $n (Join-Path $Work "reference-$n")
                Assert-PactInteractions (Join-Path $Work "reference-$n") $n
                $referenceTotal[$n] = $reference.seconds
            }
            $aim = if ($n -ge 10000) { '< 1 ms, and < 15 s in all' } else { '< 1 ms' }
            $met = $ours.msPerInteraction -lt 1 -and ($n -lt 10000 -or $ours.seconds -lt 15)
            $referenceMs = if ($reference) { $reference.msPerInteraction } else { $null }
            $referenceSeconds = if ($reference) { $reference.seconds } else { $null }
            $Rows.Add((New-TimeRow "consumer suite, $('{0:N0}' -f $n) interactions (ms per interaction; total)" `
                $ours.msPerInteraction $referenceMs -OurTotal $ours.seconds -ReferenceTotal $referenceSeconds `
                -Missing "not run: quadratic, over -ReferenceMaxInteractions $ReferenceMaxInteractions" -Aim $aim -Met $met))

            # The same suite with the port-less mock server (an HttpClient over its in-memory handler): what the suite
            # costs without Kestrel and a socket per test. The reference has no such mode.
            Write-Host "Consumer suite of $n interactions, port-less: ContractTesting..."
            $portless = Invoke-Json dotnet $ConsumerBench suite $n (Join-Path $Work "ours-portless-$n") port-less
            Assert-PactInteractions (Join-Path $Work "ours-portless-$n") $n
            $Rows.Add((New-TimeRow "consumer suite, $('{0:N0}' -f $n) interactions, port-less mock server (ms per interaction; total)" `
                $portless.msPerInteraction $null -OurTotal $portless.seconds -Missing 'no port-less mode'))
        }

        # --- Mock server start -----------------------------------------------------------------------------------------
        Write-Host 'Mock server start: ContractTesting...'
        $ours = Invoke-Json dotnet $ConsumerBench start $StartSamples
        Write-Host 'Mock server start: reference...'
        $reference = Invoke-Json node (Join-Path $ReferenceDir 'mock-start.mjs') $StartSamples
        $Rows.Add((New-TimeRow "mock server start (median of $StartSamples, ms)" $ours.medianMs $reference.medianMs -Aim '< 5 ms' -Met ($ours.medianMs -lt 5)))
        $Rows.Add((New-TimeRow 'mock server start + first answer (median, ms)' $ours.firstResponseMedianMs $reference.firstResponseMedianMs))

        # --- Throughput and per-request latency ------------------------------------------------------------------------
        foreach ($n in 1, 1000) {
            $pact = Join-Path $Work "serve-$n.json"
            Invoke-Json dotnet $ConsumerBench pact $n $pact | Out-Null
            $label = if ($n -eq 1) { '1 interaction' } else { "$('{0:N0}' -f $n) interactions" }
            if (-not $Wrk) {
                $Rows.Add((New-SkippedRow "throughput, $label (requests/s)" 'wrk is not installed'))
                $Rows.Add((New-SkippedRow "per request, $label (ms)" 'wrk is not installed'))
                continue
            }

            $path = "users/$($n - 1)"
            Write-Host "Throughput, $label`: ContractTesting..."
            $oursLoad = Measure-Server { Start-OurServer $pact } $path -Load -WarmUp
            Write-Host "Throughput, $label`: reference..."
            $referenceLoad = Measure-Server { Start-ReferenceServer $pact } $path -Load
            Write-Host "Per request, $label`: ContractTesting..."
            $oursOne = Measure-Server { Start-OurServer $pact } $path -WarmUp
            Write-Host "Per request, $label`: reference..."
            $referenceOne = Measure-Server { Start-ReferenceServer $pact } $path
            if ($referenceOne.requests -eq 0) {
                Write-Host "Per request, $label`: reference answered nothing in 5 s; timing 3 requests one by one..."
                $referenceOne = Measure-SlowRequests { Start-ReferenceServer $pact } $path
            }

            $Rows.Add((New-ThroughputRow "throughput, $label (requests/s, wrk -t2 -c16 -d10s)" $oursLoad $referenceLoad))
            $perRequestAim = if ($n -eq 1000) { '< 1 ms' } else { '' }
            $Rows.Add((New-LatencyRow "per request, $label (median ms, wrk -t1 -c1 -d5s)" $oursOne $referenceOne -Aim $perRequestAim))
        }

        # How the suite time grows with ten times the tests: 10 is linear, 100 quadratic.
        $growth = @(
            foreach ($pair in @(@(100, 1000), @(1000, 10000))) {
                $small, $large = $pair
                foreach ($side in @(@('ContractTesting', $ourTotal), @('reference', $referenceTotal))) {
                    $name, $totals = $side
                    if ($totals.ContainsKey($small) -and $totals.ContainsKey($large)) {
                        '{0}: suite time at {1:N0} / at {2:N0} = {3:N1}' -f $name, $large, $small, ($totals[$large] / $totals[$small])
                    }
                }
            }
        ) -join '; '
        if ($growth) { $growth = "Growth with ten times the tests (10 = linear, 100 = quadratic): $growth." }
    }

    # --- Provider verification ---------------------------------------------------------------------------------------
    if ($VerifierBench) {
        $verified = Measure-Verifications $VerifierBench $Verifications $ReferenceVerifierLimit
        foreach ($row in New-VerificationRows $verified) { $Rows.Add($row) }
        $growth = (@($growth, (Format-VerificationGrowth $verified)) | Where-Object { $_ }) -join "`n`n"
    }

    # --- Broker --------------------------------------------------------------------------------------------------------
    if ($BrokerBench) {
        foreach ($row in New-BrokerRows (Measure-Broker $BrokerBench $BrokerHistory)) { $Rows.Add($row) }
    }

    $report = Format-Report $Rows $PactCli $growth $LoadBefore $RawLines
    Write-Host ''
    Write-Host $report
    if ($ResultsFile) {
        Set-Content -Path $ResultsFile -Value $report -Encoding utf8NoBOM
        Write-Host "Written to $ResultsFile"
    }
}
finally {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}
