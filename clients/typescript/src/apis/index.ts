/* tslint:disable */
/* eslint-disable */
export * from './CampaignsApi';
export * from './CustomersApi';
export * from './DeliveryApi';
export * from './EventsApi';
export * from './ExperimentsApi';
export * from './GraphqlApi';
export * from './KeysApi';
export * from './OperationsApi';
export * from './SegmentApi';
export * from './SegmentsApi';
export * from './TemplatesApi';
export * from './TrackingApi';
