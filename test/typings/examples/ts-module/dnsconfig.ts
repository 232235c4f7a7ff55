// A module config: it imports the user's own code, and the DSL globals still resolve.
import { mailRecords, WEB } from './lib/mail';

const REG_NONE = NewRegistrar('none');
const DSP_BIND = NewDnsProvider('bind', 'BIND');

D('example.com', REG_NONE, DnsProvider(DSP_BIND),
  A('@', WEB),
  mailRecords('mail.example.com.'),
  END);
