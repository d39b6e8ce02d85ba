/** Client test environment: what Taro's build would define (TARO_ENV, the .env.development TARO_APP_* values). */
process.env.TARO_ENV = 'h5';
process.env.TARO_APP_DEV_LOGIN = 'true';
process.env.TARO_APP_API_BASE = 'http://127.0.0.1:5180';
process.env.TARO_APP_TRANSPORT = 'http';
process.env.TARO_APP_CLOUD_ENV = 'test-env';
