import { withPageFont } from '../../../components/PageFont';
import DevSignIn from '../../../features/dev/SigninPage';

export default withPageFont(DevSignIn);
