export const WEB = '192.0.2.1';

export function mailRecords(host: string): DomainModifier[] {
  return [
    MX('@', 10, host),
    SPF_BUILDER({ parts: ['v=spf1', 'mx', '-all'] }),
    DMARC_BUILDER({ policy: 'reject', rua: ['mailto:dmarc@example.com'] }),
    ...CAA_BUILDER({ issue: ['letsencrypt.org'] }),
  ];
}
