"""Club funds: the append-only ledger, its reads, voucher papers and settings, bulk writer."""
