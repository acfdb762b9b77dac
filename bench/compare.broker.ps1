# The broker rows of bench/compare.ps1 (-Part Broker): bench/ContractTesting.BrokerBench on SQLite and on PostgreSQL.
# Dot-sourced; uses $Work and $RawLines from the calling script and the helpers of compare.processes.ps1 and
# compare.table.ps1. The reference Pact Broker is a Ruby application and is not run here, so these rows have no ratio.

# Builds bench/ContractTesting.BrokerBench in Release; returns the path of its DLL.
function Build-BrokerBench {
    Write-Host 'Building bench/ContractTesting.BrokerBench (Release)...'
    & dotnet build (Join-Path $PSScriptRoot 'ContractTesting.BrokerBench') -c Release --nologo -v quiet | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "Building ContractTesting.BrokerBench failed ($LASTEXITCODE); run 'dotnet build bench/ContractTesting.BrokerBench -c Release' to see why." }
    return Join-Path $PSScriptRoot 'ContractTesting.BrokerBench/bin/Release/net10.0/ContractTesting.BrokerBench.dll'
}

# One BrokerBench process per database: seed the history, then measure over HTTP. PostgreSQL needs
# CONTRACTTESTING_POSTGRES (tools/postgres/start.sh prints it); without it those rows are skipped with a note.
# Returns the measurements (what BrokerBench printed), and a note per database that was skipped.
function Measure-Broker([string]$Bench, [string]$Shape) {
    $results = [System.Collections.Generic.List[object]]::new()
    foreach ($database in 'sqlite', 'postgresql') {
        if ($database -eq 'postgresql' -and -not $env:CONTRACTTESTING_POSTGRES) {
            Write-Warning ('CONTRACTTESTING_POSTGRES is not set, so the PostgreSQL broker rows are skipped: ' +
                'export CONTRACTTESTING_POSTGRES="$(tools/postgres/start.sh)" and run again.')
            $results.Add([pscustomobject]@{ database = 'PostgreSql'; skipped = 'CONTRACTTESTING_POSTGRES is not set' })
            continue
        }
        Write-Host "Broker on $database ($Shape history): seeding, then pacts for verification, can-i-deploy, publishing..."
        $load = Get-LoadAverage
        # One folder for both: the PostgreSQL run copies the history the SQLite run seeded (seeding is paid once).
        $results.Add((Invoke-Json dotnet $Bench run $database $Shape (Join-Path $Work 'broker')))
        $script:RawLines.Add("load average (1, 5, 15 min) around the broker run on $database`: $load before, $(Get-LoadAverage) after")
    }
    return $results
}

function Format-Latency($Latency) { return "p50 $(Format-Number $Latency.p50Ms) ms, p95 $(Format-Number $Latency.p95Ms) ms" }

# Five rows per database. The aim (can-i-deploy p95 under 50 ms) is set at the full history.
function New-BrokerRows($Results) {
    $rows = [System.Collections.Generic.List[object]]::new()
    $reference = 'not run: the reference broker is a Ruby application'
    foreach ($result in $Results) {
        $label = "broker on $($result.database)"
        if ($result.skipped) {
            foreach ($what in 'pacts for verification', 'can-i-deploy', 'publishing') { $rows.Add((New-SkippedRow "$label, $what" $result.skipped)) }
            continue
        }
        $history = '{0:N0} versions, {1:N0} verification results' -f $result.rows.versions, $result.rows.verifications
        $full = $result.shape -eq 'full'
        $rows.Add((New-Row "$label ($history): pacts for verification (mainBranch, deployedOrReleased, matchingBranch; pending, WIP)" `
            (Format-Latency $result.forVerification.latency) $reference '' '' $null))
        foreach ($pair in @(@('canIDeploy', 'can-i-deploy, one selector, to production'), @('canIDeployTwoSelectors', 'can-i-deploy, two selectors'))) {
            $key, $what = $pair
            $measured = $result.$key
            if ($null -eq $measured) {
                $rows.Add((New-Row "$label ($history): $what" "not measured: $($result.matrixMissing)" $reference '' '< 50 ms p95' $null))
                continue
            }
            $met = if ($full) { $measured.latency.p95Ms -lt 50 } else { $null }
            $rows.Add((New-Row "$label ($history): $what" (Format-Latency $measured.latency) $reference '' '< 50 ms p95' $met))
        }
        foreach ($publish in $result.publishSequential, $result.publishConcurrent) {
            $clients = if ($publish.clients -eq 1) { 'one at a time' } else { "$($publish.clients) clients at once" }
            $rows.Add((New-Row "$label ($history): publishing, $clients (publications/s; latency)" `
                "$(Format-Number $publish.perSecond) ($(Format-Latency $publish.latency))" $reference '' '' $null))
        }
    }
    return $rows
}
