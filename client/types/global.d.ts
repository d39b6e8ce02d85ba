/// <reference types="@tarojs/taro" />

/** Compile-time constants from client/.env* (Taro's DefinePlugin); every one is defined in client/.env. */
declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn' | string;
    /** 'true' compiles in the dev sign-in (local host only). */
    TARO_APP_DEV_LOGIN?: 'true' | 'false';
    /** Base URL of the local host ('' for H5 served by it; http://127.0.0.1:5180 for local weapp debugging). */
    TARO_APP_API_BASE?: string;
    /** weapp only: 'http' talks to the local host instead of CloudBase. */
    TARO_APP_TRANSPORT?: 'cloud' | 'http';
    /** CloudBase environment id for Taro.cloud.init (empty: the default environment). */
    TARO_APP_CLOUD_ENV?: string;
  }
}

declare module '*.scss';
declare module '*.css';
declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.svg' {
  const src: string;
  export default src;
}
